// smart_nlp page: live analysis as one types, examples, copy, document upload.
// The server renders every fragment with escaped text; this script never builds markup
// from user text (errors it writes itself go through textContent).
"use strict";

(function () {
  const DEBOUNCE_MS = 400;
  const NBSP = "\u00a0";

  const form = document.getElementById("form-objectif");
  const goal = document.getElementById("objectif");
  const refDate = document.getElementById("date-ref");
  const counter = document.getElementById("compteur");
  const result = document.getElementById("resultat");
  const auditForm = document.getElementById("form-audit");
  const fileInput = document.getElementById("fichier");
  const dropzone = document.getElementById("zone-depot");
  const auditOut = document.getElementById("audit");
  const auditDate = document.getElementById("date-audit");
  const maxChars = Number(goal.getAttribute("maxlength"));
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  let timer = null;
  let controller = null;
  let lastSent = null;

  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  }

  function updateCounter() {
    counter.textContent = thousands(goal.value.length) + NBSP + "/" + NBSP + thousands(maxChars) + " caractères";
  }

  // Put a server-rendered fragment in place (parsed inertly, then moved in).
  function showFragment(target, html) {
    const tpl = document.createElement("template");
    tpl.innerHTML = html;
    target.replaceChildren(tpl.content);
  }

  function showError(target, title, message) {
    const box = document.createElement("div");
    box.className = "error";
    box.setAttribute("role", "alert");
    const p1 = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = title;
    p1.appendChild(strong);
    const p2 = document.createElement("p");
    p2.className = "error-detail";
    p2.textContent = message;
    box.append(p1, p2);
    target.replaceChildren(box);
  }

  async function showResponse(target, response, fallbackTitle) {
    const type = response.headers.get("content-type") || "";
    if (type.includes("text/html")) {
      showFragment(target, await response.text());
    } else if (type.includes("json")) {
      const data = await response.json();
      showError(target, fallbackTitle, data.detail || "Erreur " + response.status + ".");
    } else {
      showError(target, fallbackTitle, "Erreur " + response.status + ".");
    }
  }

  function emptyResult() {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = "Écrivez ou choisissez un objectif pour voir son analyse.";
    result.replaceChildren(p);
  }

  async function analyse() {
    clearTimeout(timer);
    const text = goal.value.trim();
    const key = text + "\n" + refDate.value;
    if (key === lastSent) return;
    lastSent = key;
    if (controller) controller.abort();
    if (!text) {
      emptyResult();
      return;
    }
    controller = new AbortController();
    const mine = controller;
    result.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/fragments/analyse", {
        method: "POST",
        body: new URLSearchParams({ objectif: goal.value, date: refDate.value }),
        headers: { Accept: "text/html" },
        signal: mine.signal,
      });
      await showResponse(result, response, "Impossible d’analyser");
      const article = result.querySelector(".analysis");
      status.textContent = article
        ? "Analyse mise à jour" + NBSP + ": score " + article.dataset.score + "/100."
        : "L’analyse a échoué.";
    } catch (err) {
      if (err.name === "AbortError") return;
      lastSent = null;
      showError(result, "Le serveur ne répond pas", "Vérifiez que «" + NBSP + "smart-nlp serve" + NBSP + "» tourne toujours, puis réessayez.");
    } finally {
      if (controller === mine) {
        result.removeAttribute("aria-busy");
        controller = null;
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(analyse, DEBOUNCE_MS);
  }

  goal.addEventListener("input", function () {
    updateCounter();
    schedule();
  });
  refDate.addEventListener("change", function () {
    auditDate.value = refDate.value;
    lastSent = null;
    schedule();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    lastSent = null;
    analyse();
  });

  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      goal.value = link.dataset.goal;
      updateCounter();
      analyse();
      goal.focus();
    });
  });

  // « Copier »: the suggestion as plain text, placeholders included.
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (err) {
        // fall back below
      }
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (err) {
      ok = false;
    }
    area.remove();
    return ok;
  }

  // The suggestion as shown, with the placeholders the user edited in place.
  function copiedText(button) {
    const source = button.dataset.source && document.getElementById(button.dataset.source);
    if (!source) return button.dataset.copy || "";
    const copy = source.cloneNode(true);
    copy.querySelectorAll(".visually-hidden").forEach(function (e) { e.remove(); });
    return copy.textContent.replace(/[ \t\r\n]+/g, " ").trim();
  }

  // A placeholder is edited in place: Enter ends the edit instead of breaking the line.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.placeholder[contenteditable]")) {
      event.preventDefault();
      event.target.blur();
    }
  });

  document.addEventListener("click", async function (event) {
    const button = event.target.closest("button.copy");
    if (!button) return;
    const out = button.parentElement.querySelector(".copy-status");
    const ok = await copyText(copiedText(button));
    out.textContent = ok ? "Copié" + NBSP + "!" : "Copie impossible" + NBSP + ": sélectionnez le texte à la main.";
  });

  // Upload: choose or drop a file, the audit shows below with its downloads.
  async function sendAudit() {
    const file = fileInput.files[0];
    if (!file) {
      showError(auditOut, "Aucun fichier", "Choisissez d’abord un fichier à auditer.");
      return;
    }
    const max = Number(auditForm.dataset.maxBytes);
    if (file.size > max) {
      showError(auditOut, "Trop volumineux", "Le fichier dépasse la taille maximale de " + auditForm.dataset.maxLabel + ".");
      return;
    }
    const data = new FormData();
    data.append("file", file, file.name);
    data.append("date", refDate.value);
    const button = auditForm.querySelector("button[type=submit]");
    button.disabled = true;
    const wait = document.createElement("p");
    wait.textContent = "Audit de «" + NBSP + file.name + NBSP + "» en cours…";
    auditOut.replaceChildren(wait);
    auditOut.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/fragments/audit", { method: "POST", body: data, headers: { Accept: "text/html" } });
      await showResponse(auditOut, response, "Audit impossible");
      const article = auditOut.querySelector(".audit");
      status.textContent = article ? "Audit terminé" + NBSP + ": " + article.dataset.goals + " objectif(s) trouvé(s)." : "L’audit a échoué.";
    } catch (err) {
      showError(auditOut, "Le serveur ne répond pas", "Vérifiez que le serveur tourne toujours, puis réessayez.");
    } finally {
      button.disabled = false;
      auditOut.removeAttribute("aria-busy");
    }
  }

  auditForm.addEventListener("submit", function (event) {
    event.preventDefault();
    sendAudit();
  });
  fileInput.addEventListener("change", function () {
    if (fileInput.files.length) sendAudit();
  });
  ["dragenter", "dragover"].forEach(function (name) {
    dropzone.addEventListener(name, function (event) {
      event.preventDefault();
      dropzone.classList.add("dragover");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    dropzone.addEventListener(name, function () {
      dropzone.classList.remove("dragover");
    });
  });
  dropzone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      fileInput.files = event.dataTransfer.files;
      sendAudit();
    }
  });

  updateCounter();
  if (goal.value.trim() && result.querySelector(".analysis")) {
    lastSent = goal.value.trim() + "\n" + refDate.value;
  }
})();

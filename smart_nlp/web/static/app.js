// smart_nlp page: live analysis as one types, examples, copy, document upload.
// The server renders every fragment with escaped text; this script never builds markup
// from user text (errors it writes itself go through textContent).
"use strict";

(function () {
  const DEBOUNCE_MS = 400;
  const NBSP = "\u00a0";
  // The page's words (lang/fr/web.yaml, words.script), embedded by the server as JSON.
  const WORDS = JSON.parse(document.getElementById("words").textContent);

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

  // A message of WORDS with its {fields} filled in one pass (filled text is not read again).
  function fill(text, fields) {
    return text.replace(/\{(\w+)\}/g, function (_, key) { return String(fields[key]); });
  }

  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  }

  function updateCounter() {
    counter.textContent = thousands(goal.value.length) + NBSP + "/" + NBSP + thousands(maxChars) + " "
      + WORDS.characters;
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
      showError(target, fallbackTitle, data.detail || fill(WORDS.error_status, { status: response.status }));
    } else {
      showError(target, fallbackTitle, fill(WORDS.error_status, { status: response.status }));
    }
  }

  function emptyResult() {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = WORDS.empty;
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
      await showResponse(result, response, WORDS.cannot_analyse);
      const article = result.querySelector(".analysis");
      status.textContent = article
        ? fill(WORDS.analysis_done, { score: article.dataset.score })
        : WORDS.analysis_failed;
    } catch (err) {
      if (err.name === "AbortError") return;
      lastSent = null;
      showError(result, WORDS.no_server, WORDS.no_server_serve);
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
    const next = button.nextElementSibling;  // each goal's sentence has its own button and status
    const out = next && next.matches(".copy-status") ? next : button.parentElement.querySelector(".copy-status");
    const ok = await copyText(copiedText(button));
    out.textContent = ok ? WORDS.copied : WORDS.copy_failed;
  });

  // Upload: choose or drop a file, the audit shows below with its downloads.
  async function sendAudit() {
    const file = fileInput.files[0];
    if (!file) {
      showError(auditOut, WORDS.no_file, WORDS.no_file_detail);
      return;
    }
    const max = Number(auditForm.dataset.maxBytes);
    if (file.size > max) {
      showError(auditOut, WORDS.too_big, fill(WORDS.too_big_detail, { max: auditForm.dataset.maxLabel }));
      return;
    }
    const data = new FormData();
    data.append("file", file, file.name);
    data.append("date", refDate.value);
    const button = auditForm.querySelector("button[type=submit]");
    button.disabled = true;
    const wait = document.createElement("p");
    wait.textContent = fill(WORDS.auditing, { name: file.name });
    auditOut.replaceChildren(wait);
    auditOut.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/fragments/audit", { method: "POST", body: data, headers: { Accept: "text/html" } });
      await showResponse(auditOut, response, WORDS.audit_impossible);
      const article = auditOut.querySelector(".audit");
      status.textContent = article ? fill(WORDS.audit_done, { n: article.dataset.goals }) : WORDS.audit_failed;
    } catch (err) {
      showError(auditOut, WORDS.no_server, WORDS.no_server_retry);
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

// Tracking panel: send the goal on screen with the pasted or uploaded measurements, show
// the server-rendered report (escaped by the server; parsed inertly, then moved in).
"use strict";

(function () {
  const form = document.getElementById("form-suivi");
  if (!form) return;
  const out = document.getElementById("suivi");
  const goal = document.getElementById("objectif");
  const refDate = document.getElementById("date-ref");
  const WORDS = JSON.parse(document.getElementById("words").textContent);

  function show(html) {
    const tpl = document.createElement("template");
    tpl.innerHTML = html;
    out.replaceChildren(tpl.content);
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    document.getElementById("objectif-suivi").value = goal.value;
    document.getElementById("date-suivi").value = refDate.value;
    out.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/fragments/suivi", { method: "POST", body: new FormData(form) });
      show(await response.text());
    } catch (err) {
      const p = document.createElement("p");
      p.className = "error";
      p.textContent = WORDS.track_no_server;
      out.replaceChildren(p);
    } finally {
      out.removeAttribute("aria-busy");
    }
  });
})();

/* tallykit serve: the few things a page does by itself. The checks shown as you type come
   from the server (the core's findings on the draft); nothing here judges a number. */
(function () {
  "use strict";

  // New election: the profiles that fit the chosen kind.
  var kind = document.getElementById("kind"), profile = document.getElementById("profile");
  if (kind && profile) {
    var byKind = JSON.parse(profile.dataset.profiles || "{}");
    var fill = function () {
      var chosen = profile.value || profile.dataset.chosen;
      profile.innerHTML = "";
      (byKind[kind.value] || []).forEach(function (id) {
        var o = document.createElement("option");
        o.value = o.textContent = id;
        if (id === chosen) o.selected = true;
        profile.appendChild(o);
      });
    };
    kind.addEventListener("change", fill);
    fill();
  }

  // Another 另选他人 row under a tally.
  document.querySelectorAll("button.add-row").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var table = btn.previousElementSibling;
      var body = table && table.querySelector("tbody.writeins");
      var blank = body && body.querySelector("tr.blank");
      if (!blank) return;
      var row = blank.cloneNode(true);
      row.querySelectorAll("input").forEach(function (i) { i.value = ""; });
      body.appendChild(row);
    });
  });

  // Checks as you type: post the draft, show the core's findings, mark the fields they name.
  var form = document.getElementById("sheet"), list = document.getElementById("check-list");
  if (!form || !list) return;
  var aside = document.getElementById("checks"), timer = null, seq = 0;
  var csrf = form.querySelector("input[name=csrf]").value;

  function mark(findings) {
    form.querySelectorAll("input.flag-error, input.flag-warning").forEach(function (i) {
      i.classList.remove("flag-error", "flag-warning");
    });
    findings.forEach(function (f) {
      if (!f.path || f.severity === "info") return;
      form.querySelectorAll("input[name]").forEach(function (i) {
        var ptr = i.name.slice(i.name.indexOf(":") + 1);
        if (ptr === f.path || ptr.indexOf(f.path + "/") === 0) {
          i.classList.add(f.severity === "error" ? "flag-error" : "flag-warning");
        }
      });
    });
  }

  function show(data) {
    list.innerHTML = "";
    var items = (data.form_errors || []).map(function (e) {
      return { severity: "error", code: "", path: e.path, message: e.message };
    }).concat(data.findings || []);
    if (!items.length) {
      var li = document.createElement("li");
      li.textContent = aside.dataset.none;
      list.appendChild(li);
    }
    items.forEach(function (f) {
      var li = document.createElement("li");
      li.className = "sev-" + f.severity;
      li.dataset.code = f.code || "";
      var head = document.createElement("strong");
      head.textContent = (f.code === "TK-SCHEMA-1" ? aside.dataset.incomplete : (f.code ? f.code + " " : "")) + (f.title && f.code !== "TK-SCHEMA-1" ? f.title : "");
      li.appendChild(head);
      li.appendChild(document.createElement("br"));
      li.appendChild(document.createTextNode(f.message));
      if (f.clerk && f.code !== "TK-SCHEMA-1" && f.severity !== "info") {
        var todo = document.createElement("div");
        todo.className = "todo";
        todo.textContent = aside.dataset.clerk + "：" + f.clerk;
        li.appendChild(todo);
      }
      list.appendChild(li);
    });
    mark(items);
    aside.dataset.state = "done";
  }

  function check() {
    var mine = ++seq;
    aside.dataset.state = "checking";
    var body = new URLSearchParams(new FormData(form));
    body.delete("action");
    fetch(form.dataset.check, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    }).then(function (r) { return r.json(); }).then(function (data) {
      if (mine === seq) show(data);
    }).catch(function () { aside.dataset.state = "failed"; });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  });
  check();
})();

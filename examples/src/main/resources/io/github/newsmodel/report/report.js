(function () {
  "use strict";
  var panel = document.getElementById("panel-body");
  var pinned = null;
  document.documentElement.setAttribute("data-report-script", "ready");

  function card(mark) {
    var box = document.createElement("div");
    box.className = "card k-" + mark.getAttribute("data-kind");
    var list = document.createElement("dl");
    [["kind", "data-kind"], ["entity", "data-entity"], ["field", "data-field"], ["rule", "data-rule"],
     ["confidence", "data-confidence"], ["span", "data-span"], ["selector", "data-selector"]].forEach(function (pair) {
      if (!mark.hasAttribute(pair[1])) {
        return;
      }
      var term = document.createElement("dt");
      term.textContent = pair[0];
      var value = document.createElement("dd");
      value.textContent = mark.getAttribute(pair[1]);
      list.appendChild(term);
      list.appendChild(value);
    });
    box.appendChild(list);
    return box;
  }

  function show(mark) {
    panel.textContent = "";
    for (var m = mark; m; m = m.parentElement && m.parentElement.closest("mark.hl")) {
      panel.appendChild(card(m));
    }
  }

  function focusRef(ref) {
    var first = null;
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    document.querySelectorAll("mark.hl").forEach(function (m) {
      if (m.getAttribute("data-ref") === ref) {
        m.classList.add("focus");
        first = first || m;
      }
    });
    if (first) {
      first.scrollIntoView({block: "center"});
      show(first);
    }
  }

  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl");
    if (mark && !pinned) {
      show(mark);
    }
  });
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl");
    var row = event.target.closest && event.target.closest("tr[data-ref]");
    if (mark) {
      pinned = pinned === mark ? null : mark;
      show(mark);
    } else if (row) {
      pinned = null;
      focusRef(row.getAttribute("data-ref"));
      history.replaceState(null, "", "#" + row.getAttribute("data-ref"));
    }
  });
  // A link to report.html#d1-o0 opens the page on that entity's highlights.
  if (location.hash.length > 1) {
    focusRef(decodeURIComponent(location.hash.slice(1)));
  }
})();

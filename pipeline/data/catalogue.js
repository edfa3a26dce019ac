// The catalogue's only script: search-as-you-type and sortable columns. No network, no library.
(function () {
  "use strict";
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }

  function filter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-for"));
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rowsOf(table).forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var keep = terms.every(function (term) { return text.indexOf(term) >= 0; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    var counter = document.getElementById(input.getAttribute("data-count-in"));
    if (counter) { counter.textContent = String(shown); }
  }

  function sortBy(table, column, button) {
    var ascending = button.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.querySelectorAll("th[aria-sort]"), function (th) {
      th.removeAttribute("aria-sort");
    });
    button.closest("th").setAttribute("aria-sort", ascending ? "ascending" : "descending");
    button.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var key = function (row) {
      var cell = row.cells[column];
      var value = cell.getAttribute("data-sort");
      return value === null ? cell.textContent.trim().toLowerCase() : value;
    };
    var numeric = table.tHead.rows[0].cells[column].classList.contains("number");
    var sorted = rowsOf(table).sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { table.tBodies[0].appendChild(row); });
  }

  document.querySelectorAll("input[data-filter-for]").forEach(function (input) {
    input.addEventListener("input", function () { filter(input); });
    if (input.value) { filter(input); }
  });
  document.querySelectorAll("table.sortable").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = th.querySelector("button");
      if (button) { button.addEventListener("click", function () { sortBy(table, column, button); }); }
    });
  });
})();

// The one script of `vo site` (templates/site/assets/site.js), an enhancement only:
// every page works without it. It adds a filter field above each table marked
// data-filter; the field's words come from the page, so this file has no language.
/* global document */
(function () {
  'use strict';
  var tables = document.querySelectorAll('table[data-filter]');
  Array.prototype.forEach.call(tables, function (table, index) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 8) return;
    var box = document.createElement('div');
    box.className = 'filter';
    var id = 'filter-' + (index + 1);
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = table.getAttribute('data-filter-label') || 'Filter';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.setAttribute('autocomplete', 'off');
    if (table.id) input.setAttribute('aria-controls', table.id);
    var count = document.createElement('output');
    count.setAttribute('aria-live', 'polite');
    count.htmlFor = id;
    var words = table.getAttribute('data-filter-count') || '';
    var rows = Array.prototype.slice.call(body.rows);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    function apply() {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = query === '' || texts[i].indexOf(query) !== -1;
        row.hidden = !match;
        if (match) shown++;
      });
      count.textContent = shown + ' / ' + rows.length + ' ' + words;
    }
    input.addEventListener('input', apply);
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(count);
    var wrap = table.parentNode && table.parentNode.classList && table.parentNode.classList.contains('table-wrap') ? table.parentNode : table;
    wrap.parentNode.insertBefore(box, wrap);
    apply();
  });
})();

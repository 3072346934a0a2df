// Example of a parent page: embeds the game and lists what it posts. Copy it, and point `game` at your copy.
(function () {
  'use strict';
  var frame = document.getElementById('spel');
  var list = document.getElementById('berichten');
  var own = new URLSearchParams(window.location.search);
  var query = new URLSearchParams({ ouder: window.location.origin });
  // Pass a chosen casus and language through to the game (?casus=twee-zonen&taal=en).
  ['casus', 'taal'].forEach(function (name) {
    if (own.get(name)) query.set(name, own.get(name));
  });
  frame.src = 'index.html?' + query.toString();
  window.addEventListener('message', function (event) {
    // Accept only the game in our own frame, from the origin we loaded it from.
    if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
    var data = event.data;
    if (!data || data.source !== 'kostenbewust') return;
    var item = document.createElement('li');
    item.dataset.type = data.type;
    item.textContent = data.type + ' ' + JSON.stringify(data);
    list.appendChild(item);
  });
})();

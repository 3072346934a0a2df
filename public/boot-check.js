// A classic script (it runs where the game's module scripts cannot): says in words why the game does not start
// instead of leaving "Laden: 0%" on screen. Opened from disk (file://) browsers refuse to run modules.
(function () {
  'use strict';
  // Shown in both languages: the player's choice is stored by the game, which is exactly what did not start.
  var messages = {
    file: {
      nl: [
        'Deze pagina is rechtstreeks vanaf de schijf geopend.',
        'Browsers starten het spel niet vanuit een bestand. Zet de map op een webserver, bijvoorbeeld: open een terminal in deze map en typ "python3 -m http.server 8000" (of "npx serve ."), en ga dan naar http://localhost:8000/. Of zet de map op de webserver van de school of in de leeromgeving.',
      ],
      en: [
        'This page was opened straight from disk.',
        'Browsers do not run the game from a file. Serve the folder with any web server, for example: open a terminal in this folder and type "python3 -m http.server 8000" (or "npx serve ."), then go to http://localhost:8000/. Or put the folder on the school\u2019s web server or in your learning environment.',
      ],
    },
    stuck: {
      nl: [
        'Het spel start niet.',
        'De bestanden van het spel konden niet worden geladen. Laad de pagina opnieuw; helpt dat niet, dan is de browser misschien te oud of blokkeert een filter de bestanden van het spel.',
      ],
      en: [
        'The game does not start.',
        'Its files could not be loaded. Reload the page; if that does not help, your browser may be too old or a filter may block the game\u2019s files.',
      ],
    },
  };
  function element(tag, text, lang) {
    var node = document.createElement(tag);
    node.textContent = text;
    if (lang) node.setAttribute('lang', lang);
    return node;
  }
  function show(kind) {
    var screen = document.getElementById('screen');
    if (!screen || document.documentElement.hasAttribute('data-booted')) return;
    var section = document.createElement('section');
    section.className = 'boot';
    section.setAttribute('role', 'alert');
    section.appendChild(element('h1', messages[kind].nl[0]));
    section.appendChild(element('p', messages[kind].nl[1]));
    section.appendChild(element('h2', messages[kind].en[0], 'en'));
    section.appendChild(element('p', messages[kind].en[1], 'en'));
    screen.replaceChildren(section);
  }
  if (location.protocol === 'file:') {
    document.addEventListener('DOMContentLoaded', function () {
      show('file');
    });
    return;
  }
  // The game marks <html data-booted> as soon as its first module runs; a long silence means it never will.
  window.addEventListener('load', function () {
    setTimeout(function () {
      show('stuck');
    }, 15000);
  });
})();

/* AP4 Tracker: small enhancements. Every page works without this file. */
(function () {
  'use strict';

  /* On wide screens the filters stand beside the results, so their panel starts open. */
  var panel = document.querySelector('.filters-panel');
  if (panel && window.matchMedia('(min-width: 60rem)').matches) {
    panel.open = true;
  }
  /* The overview's key likewise, from tablet width up. */
  if (window.matchMedia('(min-width: 40rem)').matches) {
    document.querySelectorAll('details.legend').forEach(function (legend) { legend.open = true; });
  }

  /* The embed code is selected whole when the field is focused, ready to copy. */
  document.querySelectorAll('.embed-code__text').forEach(function (field) {
    field.addEventListener('focus', function () { field.select(); });
  });

  /* Overview: arrow keys move between marks in time order; a card shows the date, type and title. */
  document.querySelectorAll('.overview').forEach(function (overview) {
    /* A chart wider than a phone starts at its latest years, where a newest-first list starts too. */
    var scroller = overview.querySelector('.overview__scroll');
    if (scroller) {
      scroller.scrollLeft = scroller.scrollWidth;
    }
    var marks = Array.prototype.slice.call(overview.querySelectorAll('a.mk'));
    if (!marks.length) {
      return;
    }
    marks.sort(function (a, b) {
      return a.getBoundingClientRect().left - b.getBoundingClientRect().left;
    });
    var card = document.createElement('p');
    card.className = 'overview__card';
    card.setAttribute('aria-hidden', 'true');
    card.hidden = true;
    overview.appendChild(card);

    function show(mark) {
      card.textContent = '';
      var type = document.createElement('strong');
      type.textContent = mark.getAttribute('data-type');
      card.appendChild(type);
      card.appendChild(document.createTextNode(' ' + mark.getAttribute('aria-label')));
      card.hidden = false;
      var box = overview.getBoundingClientRect();
      var at = mark.getBoundingClientRect();
      var left = Math.min(Math.max(0, at.left - box.left - 40), Math.max(0, box.width - card.offsetWidth));
      card.style.left = left + 'px';
      card.style.top = (at.bottom - box.top + 6) + 'px';
    }

    function hide() {
      card.hidden = true;
    }

    marks.forEach(function (mark, index) {
      mark.addEventListener('mouseenter', function () { show(mark); });
      mark.addEventListener('mouseleave', hide);
      mark.addEventListener('focus', function () { show(mark); });
      mark.addEventListener('blur', hide);
      mark.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
          next = marks[Math.min(marks.length - 1, index + 1)];
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
          next = marks[Math.max(0, index - 1)];
        } else if (event.key === 'Home') {
          next = marks[0];
        } else if (event.key === 'End') {
          next = marks[marks.length - 1];
        } else if (event.key === 'Escape') {
          hide();
        }
        if (next) {
          event.preventDefault();
          next.focus();
        }
      });
    });
  });
}());

/* AP4 Tracker: the editorial desk's enhancements. Every form works without this file: each button here
   is a real submit button the server understands, and this script only does the same thing in place. */
(function () {
  'use strict';

  document.documentElement.classList.add('has-script');

  /* ---------- Error summary (GOV.UK pattern) ---------- */
  var summary = document.getElementById('error-summary');
  if (summary && !document.querySelector('[autofocus]:not(#error-summary)')) {
    summary.focus();
  }
  if (summary) {
    /* A link moves focus to its field and scrolls so that the field's label is in view too. */
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!target) {
        return;
      }
      event.preventDefault();
      var label = target.id && document.querySelector('label[for="' + CSS.escape(target.id) + '"]');
      var legend = target.closest('fieldset') && target.closest('fieldset').querySelector('legend');
      (label || legend || target).scrollIntoView();
      target.focus({ preventScroll: true });
      history.replaceState(null, '', '#' + target.id);
    });
  }

  /* ---------- Source and statement rows: add, remove and move in place ---------- */
  var form = document.getElementById('event-form');
  if (!form) {
    return;
  }

  var kinds = { source: 'sources', statement: 'statements' };

  function rows(kind) {
    return Array.prototype.slice.call(form.querySelectorAll('.repeatable[data-row="' + kind + '"]'));
  }

  /* Gives every row of a kind the index of its place: names, ids, labels, button values and texts. */
  function renumber(kind) {
    var list = kinds[kind];
    var capital = kind.charAt(0).toUpperCase() + kind.slice(1);
    var all = rows(kind);
    all.forEach(function (row, index) {
      row.id = kind + '-' + (index + 1);
      var legend = row.querySelector('legend');
      legend.textContent = legend.textContent.replace(/\d+/, String(index + 1));
      row.querySelectorAll('[name], [id], [for], [aria-describedby], button').forEach(function (element) {
        ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value
              .replace(new RegExp(list + '\\[\\d+\\]', 'g'), list + '[' + index + ']')
              .replace(new RegExp(list + '\\d+\\.', 'g'), list + index + '.')
              .replace(new RegExp('^move-' + kind + '-\\d+-'), 'move-' + kind + '-' + index + '-'));
          }
        });
        if (element.tagName === 'BUTTON') {
          element.value = element.value.replace(new RegExp('^(remove|move)' + capital + ':\\d+'), '$1' + capital + ':' + index);
          element.textContent = element.textContent.replace(/\d+/, String(index + 1));
          if (element.value.indexOf('move' + capital + ':') === 0) {
            element.hidden = /:up$/.test(element.value) ? index === 0 : index === all.length - 1;
          }
        }
      });
    });
    var add = document.getElementById('add-' + kind);
    if (add && add.getAttribute('formaction')) {
      add.setAttribute('formaction', add.getAttribute('formaction').replace(/#.*$/, '#' + kind + '-' + (all.length + 1)));
    }
  }

  function firstField(row) {
    return row.querySelector('input:not([type="hidden"]), select, textarea');
  }

  /* A new row is a copy of the last one with every value, error and mark taken out. */
  function blankCopy(row) {
    var copy = row.cloneNode(true);
    copy.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
    copy.querySelectorAll('.has-error').forEach(function (field) { field.classList.remove('has-error'); });
    copy.querySelectorAll('[aria-invalid]').forEach(function (field) { field.removeAttribute('aria-invalid'); });
    copy.querySelectorAll('[autofocus]').forEach(function (field) { field.removeAttribute('autofocus'); });
    copy.querySelectorAll('[aria-describedby]').forEach(function (field) {
      var kept = field.getAttribute('aria-describedby').split(/\s+/).filter(function (id) { return !/-error$/.test(id); });
      if (kept.length) {
        field.setAttribute('aria-describedby', kept.join(' '));
      } else {
        field.removeAttribute('aria-describedby');
      }
    });
    copy.querySelectorAll('input:not([type="hidden"]), textarea').forEach(function (field) { field.value = ''; });
    copy.querySelectorAll('select').forEach(function (field) { field.selectedIndex = 0; });
    return copy;
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="action"]');
    if (!button) {
      return;
    }
    var match = /^(add|remove|move)(Source|Statement)(?::(\d+))?(?::(up|down))?$/.exec(button.value);
    if (!match) {
      return;
    }
    event.preventDefault();
    var kind = match[2].toLowerCase();
    var all = rows(kind);
    var index = match[3] === undefined ? -1 : Number(match[3]);
    if (match[1] === 'add') {
      var last = all[all.length - 1];
      var copy = blankCopy(last);
      last.after(copy);
      renumber(kind);
      copy.scrollIntoView({ block: 'start' });
      firstField(copy).focus({ preventScroll: true });
    } else if (match[1] === 'remove') {
      if (all.length === 1) {
        all[0].replaceWith(blankCopy(all[0]));
      } else {
        all[index].remove();
      }
      renumber(kind);
      document.getElementById('add-' + kind).focus();
    } else {
      var row = all[index];
      var up = match[4] === 'up';
      var neighbour = all[up ? index - 1 : index + 1];
      if (!neighbour) {
        return;
      }
      if (up) {
        neighbour.before(row);
      } else {
        neighbour.after(row);
      }
      renumber(kind);
      var moved = rows(kind).indexOf(row);
      var again = document.getElementById('move-' + kind + '-' + moved + '-' + match[4]);
      (again && !again.hidden ? again : firstField(row)).focus();
    }
  });

  /* ---------- What readers will see for the date, as it is typed ---------- */
  var preview = document.getElementById('date-preview');
  var address = form.getAttribute('data-date-preview');
  var dateFields = ['startDate', 'endDate', 'precision', 'qualifier']
    .map(function (name) { return form.elements.namedItem(name); })
    .filter(Boolean);
  var pending;

  function line(className, text, label) {
    var paragraph = document.createElement('p');
    paragraph.className = className;
    if (label) {
      var span = document.createElement('span');
      span.className = 'date-preview__label';
      span.textContent = label + ' ';
      var strong = document.createElement('strong');
      strong.textContent = text;
      paragraph.append(span, strong);
    } else {
      paragraph.textContent = text;
    }
    return paragraph;
  }

  function refreshDate() {
    var query = new URLSearchParams();
    dateFields.forEach(function (field) { query.set(field.name, field.value); });
    fetch(address + '?' + query.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (!result) {
          return;
        }
        var lines = [];
        if (result.shown) {
          lines.push(line('date-preview__shown', result.shown, preview.getAttribute('data-label')));
        }
        if (result.days) {
          lines.push(line('date-preview__days', result.days));
        }
        if (result.problem) {
          lines.push(line('date-preview__problem', result.problem));
        }
        preview.replaceChildren.apply(preview, lines);
      })
      .catch(function () { /* the round trip without script still works */ });
  }

  if (preview && address) {
    dateFields.forEach(function (field) {
      field.addEventListener('input', function () {
        clearTimeout(pending);
        pending = setTimeout(refreshDate, 200);
      });
      field.addEventListener('change', refreshDate);
    });
  }
})();

/* ---------- Pickers: find an event by typing part of its title (ARIA 1.2 combobox) ---------- */
(function () {
  'use strict';

  function say(template, value) {
    return template.replace('{0}', value);
  }

  document.querySelectorAll('[data-picker]').forEach(function (picker) {
    var input = picker.querySelector('[role="combobox"]');
    var list = picker.querySelector('[role="listbox"]');
    var status = picker.querySelector('[data-picker-status]');
    var target = document.getElementById(picker.getAttribute('data-target'));
    var choices = [];
    var active = -1;
    var pending;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      options.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === index)); });
      active = index;
      if (options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    /* The field the form sends keeps the choice: a list of slugs, a select, or a box among checkboxes. */
    function keep(choice) {
      if (target.matches('select')) {
        target.value = choice.slug;
      } else if (target.matches('input')) {
        var slugs = target.value.split(/[,\s]+/).filter(Boolean);
        if (slugs.indexOf(choice.slug) < 0) {
          slugs.push(choice.slug);
        }
        target.value = slugs.join(', ');
      } else {
        target.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
          if (box.value === choice.slug) {
            box.checked = true;
          }
        });
      }
    }

    function choose(index) {
      var choice = choices[index];
      keep(choice);
      status.textContent = say(picker.getAttribute('data-added'), choice.title);
      input.value = '';
      close();
    }

    function show(found) {
      choices = found;
      list.replaceChildren();
      found.forEach(function (choice, index) {
        var option = document.createElement('li');
        option.id = input.id + '-option-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = choice.title;
        var date = document.createElement('small');
        date.textContent = choice.date ? choice.date + ' \u00b7 ' + choice.slug : choice.slug;
        option.append(date);
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();   /* keeps focus in the input */
          choose(index);
        });
        list.append(option);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      active = -1;
      status.textContent = found.length ? say(picker.getAttribute('data-found'), found.length) : picker.getAttribute('data-none');
    }

    function search() {
      var typed = input.value.trim();
      if (typed.length < 2) {
        close();
        return;
      }
      fetch(picker.getAttribute('data-picker') + '?q=' + encodeURIComponent(typed),
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (input.value.trim() === typed) {
            show(found);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && choices.length > 0;
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlight(Math.min(active + 1, choices.length - 1));
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        event.preventDefault();   /* Enter here chooses; it never submits the whole form */
        if (open && active >= 0) {
          choose(active);
        }
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  });
})();

/*
 * CX Maturity space admin screen: the shared part. The server renders the frame (AUI tabs); each tab has a
 * module (admin-*.js) that registers with CxAdmin.tab(key, render) and draws its pane from the REST API when
 * the tab is first opened. Everything the server answers is put into the page as text, never as HTML.
 * Errors come back as JSON {error, message, field} in the reader's language; a field error is shown next to
 * the field with that name, and the form keeps what the admin typed.
 */
(function () {
    'use strict';

    var root = document.getElementById('cx-admin');
    var tabs = {};
    var drawn = {};

    function contextPath() {
        return root ? (root.getAttribute('data-context-path') || '') : '';
    }

    function space() {
        return root.getAttribute('data-space-key');
    }

    /**
     * A REST call; resolves with {status, body, ok} whatever the status, rejects only on a network failure. A
     * string body is sent as it is (a JSON file read from disk), anything else as JSON.
     */
    function api(method, path, body) {
        var init = {
            method: method,
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
        };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        return fetch(contextPath() + '/rest/cx-maturity/1.0' + path, init).then(function (res) {
            return res.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                return { status: res.status, body: json, ok: res.status >= 200 && res.status < 300 };
            });
        });
    }

    /** Creates an element: el('p', {className: 'x', text: 't'}, [children]); attributes are set as text. */
    function el(tag, props, children) {
        var node = document.createElement(tag);
        Object.keys(props || {}).forEach(function (key) {
            var value = props[key];
            if (value === undefined || value === null || value === false) {
                return;
            }
            if (key === 'className') {
                node.className = value;
            } else if (key === 'text') {
                node.textContent = value;
            } else if (key.indexOf('on') === 0 && typeof value === 'function') {
                node.addEventListener(key.substring(2).toLowerCase(), value);
            } else if (value === true) {
                node.setAttribute(key, '');
            } else {
                node.setAttribute(key, value);
            }
        });
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined && child !== false) {
                node.appendChild(typeof child === 'string' || typeof child === 'number'
                    ? document.createTextNode(String(child)) : child);
            }
        });
        return node;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    /** Tells screen-reader users what just happened, and everyone else with an AUI flag when AUI has one. */
    function announce(text, type) {
        var live = root.querySelector('.cx-admin-live');
        if (live) {
            live.textContent = text;
        }
        if (window.AJS && typeof AJS.flag === 'function') {
            AJS.flag({ type: type || 'success', body: text, close: 'auto' });
        }
    }

    /** An AUI message box with the text. */
    function message(type, text) {
        return el('div', { className: 'aui-message aui-message-' + type, role: type === 'error' ? 'alert' : null },
            [el('p', { text: text })]);
    }

    /** A labelled AUI field: input/select/textarea named `name`, with a place for its error below. */
    function field(label, control, help) {
        var target = /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName) ? control
            : control.querySelector('input, select, textarea');
        var id = target.id || ('cx-f-' + Math.random().toString(36).substring(2, 10));
        target.id = id;
        var error = el('div', { className: 'error cx-field-error', id: id + '-error', 'aria-live': 'polite' });
        target.setAttribute('aria-describedby', id + '-error' + (help ? ' ' + id + '-help' : ''));
        return el('div', { className: 'field-group' }, [
            el('label', { 'for': id, text: label }),
            control,
            help ? el('div', { className: 'description', id: id + '-help', text: help }) : null,
            error
        ]);
    }

    function input(name, value, props) {
        var p = Object.assign({ className: 'text', type: 'text', name: name }, props || {});
        var node = el('input', p);
        if (value !== undefined && value !== null) {
            node.value = value;
        }
        return node;
    }

    function select(name, options, value) {
        var node = el('select', { className: 'select', name: name }, options.map(function (o) {
            return el('option', { value: o.value, text: o.label });
        }));
        if (value !== undefined && value !== null) {
            node.value = String(value);
        }
        return node;
    }

    function checkbox(name, label, checked) {
        var box = el('input', { className: 'checkbox', type: 'checkbox', name: name, id: 'cx-c-' + name + '-'
            + Math.random().toString(36).substring(2, 8) });
        box.checked = !!checked;
        box.setAttribute('aria-describedby', box.id + '-error');
        return el('div', { className: 'checkbox' }, [box, el('label', { 'for': box.id, text: label }),
            el('div', { className: 'error cx-field-error', id: box.id + '-error', 'aria-live': 'polite' })]);
    }

    /** The server's message, or what the status says when the answer carried none (a proxy's 502, say). */
    function errorText(reply) {
        return (reply && reply.body && reply.body.message)
            || AJS.I18n.getText('cx-maturity.admin.failed', reply ? reply.status : 0);
    }

    function button(text, onClick, kind) {
        return el('button', { type: 'button', className: 'aui-button' + (kind ? ' aui-button-' + kind : ''),
            text: text, onclick: onClick });
    }

    /** Clears the error texts of a form. */
    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.cx-field-error'), function (e) {
            e.textContent = '';
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) {
            e.removeAttribute('aria-invalid');
        });
        var general = form.querySelector('.cx-form-error');
        if (general) {
            general.parentNode.removeChild(general);
        }
    }

    /**
     * Shows a refused request: next to the field the server named (when the form has it), else at the top of
     * the form; focus goes to the field so keyboard users land on the problem.
     */
    function showError(form, reply) {
        clearErrors(form);
        var body = reply.body || {};
        var text = errorText(reply);
        var target = body.field ? form.querySelector('[name="' + CSS.escape(body.field) + '"]') : null;
        if (target) {
            target.setAttribute('aria-invalid', 'true');
            // a field's own box, else the one of its group (radio buttons share one)
            var box = document.getElementById(target.id + '-error')
                || (target.closest('fieldset') && target.closest('fieldset').querySelector('.cx-field-error'));
            if (box) {
                box.textContent = text;
            } else {
                var near = message('error', text);
                near.classList.add('cx-form-error');
                form.insertBefore(near, form.firstChild);
            }
            target.focus();
        } else {
            var general = message('error', text);
            general.classList.add('cx-form-error');
            form.insertBefore(general, form.firstChild);
        }
        announce(text, 'error');
    }

    /** A form that submits with Enter and the primary button; `submit` returns the REST promise. */
    function form(children, submitLabel, submit, cancel) {
        var node = el('form', { className: 'aui cx-admin-form', novalidate: true });
        children.forEach(function (c) {
            node.appendChild(c);
        });
        var save = el('button', { type: 'submit', className: 'aui-button aui-button-primary', text: submitLabel });
        node.appendChild(el('div', { className: 'buttons-container' }, [el('div', { className: 'buttons' }, [
            save, cancel ? button(AJS.I18n.getText('cx-maturity.admin.cancel'), cancel, 'link') : null
        ])]));
        node.addEventListener('submit', function (event) {
            event.preventDefault();
            save.disabled = true;
            save.setAttribute('aria-busy', 'true');
            Promise.resolve(submit(node)).then(function (reply) {
                save.disabled = false;
                save.removeAttribute('aria-busy');
                if (reply && !reply.ok) {
                    showError(node, reply);
                }
            }, function () {
                save.disabled = false;
                save.removeAttribute('aria-busy');
                showError(node, { status: 0, body: { message: AJS.I18n.getText('cx-maturity.admin.offline') } });
            });
        });
        return node;
    }

    /** The value of the named control of a form: text trimmed, checkbox as boolean, number when asked. */
    function value(formNode, name, kind) {
        var control = formNode.querySelector('[name="' + name + '"]');
        if (!control) {
            return undefined;
        }
        if (control.type === 'checkbox') {
            return control.checked;
        }
        var v = control.value.trim();
        if (kind === 'number') {
            return v === '' ? undefined : (isNaN(Number(v)) ? v : Number(v));
        }
        return v;
    }

    function date(iso) {
        if (!iso) {
            return '';
        }
        var d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
        return isNaN(d.getTime()) ? iso : d.toLocaleDateString(document.documentElement.lang || undefined,
            { year: 'numeric', month: 'short', day: 'numeric' });
    }

    function dateTime(iso) {
        var d = new Date(iso);
        return isNaN(d.getTime()) ? iso : d.toLocaleString(document.documentElement.lang || undefined,
            { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    }

    function lozenge(text, kind) {
        return el('span', { className: 'aui-lozenge' + (kind ? ' aui-lozenge-' + kind : ''), text: text });
    }

    /** A table with a header row and one row per item. */
    function table(headers, rows, caption) {
        return el('table', { className: 'aui cx-admin-table' }, [
            caption ? el('caption', { className: 'assistive', text: caption }) : null,
            el('thead', {}, [el('tr', {}, headers.map(function (h) {
                return el('th', { scope: 'col', text: h });
            }))]),
            el('tbody', {}, rows)
        ]);
    }

    /** Loads the JSON of a GET, or shows the error in `pane` and rejects. */
    function load(pane, path) {
        return api('GET', path).then(function (reply) {
            if (!reply.ok) {
                clear(pane).appendChild(message('error', errorText(reply)));
                throw new Error('load failed');
            }
            return reply.body;
        });
    }

    var pickers = 0;

    /**
     * An accessible combobox over Confluence's user search: type two letters, pick with the arrow keys and
     * Enter (or the mouse); `onPick(username, fullName)` is called with the choice.
     */
    function userPicker(label, onPick, options) {
        var opts = options || {};
        var id = 'cx-user-picker-' + (++pickers);
        var list = el('ul', { id: id + '-list', role: 'listbox', className: 'cx-picker-list', hidden: true,
            'aria-label': label });
        var box = input(opts.name || 'user', opts.value || '', { id: id, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
            'aria-controls': id + '-list', autocomplete: 'off', className: 'text cx-picker-input',
            placeholder: AJS.I18n.getText('cx-maturity.admin.owner.placeholder') });
        var results = [];
        var active = -1;
        var timer = null;
        var lastQuery = '';

        function close() {
            list.hidden = true;
            box.setAttribute('aria-expanded', 'false');
            box.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(i) {
            active = i;
            Array.prototype.forEach.call(list.children, function (li, j) {
                li.setAttribute('aria-selected', j === i ? 'true' : 'false');
                li.classList.toggle('cx-picker-active', j === i);
            });
            if (i >= 0 && list.children[i]) {
                box.setAttribute('aria-activedescendant', list.children[i].id);
            }
        }

        function pick(i) {
            var user = results[i];
            if (!user) {
                return;
            }
            close();
            box.value = opts.keep ? user.username : '';
            onPick(user.username, user.title);
        }

        function search(query) {
            lastQuery = query;
            var url = contextPath() + '/rest/prototype/1/search/user.json?max-results=8&query='
                + encodeURIComponent(query);
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (res) {
                    return res.ok ? res.json() : { result: [] };
                })
                .then(function (json) {
                    if (query !== lastQuery) {
                        return; // an older answer arriving late
                    }
                    results = (json.result || []).filter(function (r) {
                        return r.type === 'user' && r.username;
                    });
                    clear(list);
                    results.forEach(function (r, i) {
                        list.appendChild(el('li', { id: id + '-opt-' + i, role: 'option', 'aria-selected': 'false',
                            onmousedown: function (event) {
                                event.preventDefault();
                                pick(i);
                            } }, [r.title + ' ', el('span', { className: 'cx-picker-username', text: '@' + r.username })]));
                    });
                    if (results.length === 0) {
                        list.appendChild(el('li', { role: 'option', 'aria-disabled': 'true', className: 'cx-picker-none',
                            text: AJS.I18n.getText('cx-maturity.admin.owner.no-match') }));
                    }
                    list.hidden = false;
                    box.setAttribute('aria-expanded', 'true');
                    highlight(results.length ? 0 : -1);
                });
        }

        box.addEventListener('input', function () {
            clearTimeout(timer);
            var q = box.value.trim();
            if (q.length < 2) {
                close();
                return;
            }
            timer = setTimeout(function () {
                search(q);
            }, 250);
        });
        box.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' && results.length) {
                event.preventDefault();
                highlight((active + 1) % results.length);
            } else if (event.key === 'ArrowUp' && results.length) {
                event.preventDefault();
                highlight((active - 1 + results.length) % results.length);
            } else if (event.key === 'Enter') {
                event.preventDefault();
                if (!list.hidden && active >= 0) {
                    pick(active);
                }
            } else if (event.key === 'Escape') {
                close();
            }
        });
        box.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
        if (opts.bare) {
            return el('div', { className: 'cx-picker' }, [box, list]);
        }
        return el('div', { className: 'cx-picker' }, [
            el('label', { 'for': id, className: 'assistive', text: label }), box, list]);
    }

    function draw(key) {
        var pane = document.getElementById('cx-tab-' + key);
        if (!pane || !tabs[key]) {
            return;
        }
        var body = pane.querySelector('.cx-admin-body');
        drawn[key] = true;
        tabs[key](body, CxAdmin);
    }

    /** Opens a tab (keyboard and mouse): marks it selected for assistive technology and draws it once. */
    function open(key) {
        Array.prototype.forEach.call(root.querySelectorAll('.tabs-menu a[data-tab]'), function (a) {
            var on = a.getAttribute('data-tab') === key;
            a.setAttribute('aria-selected', on ? 'true' : 'false');
            a.setAttribute('tabindex', on ? '0' : '-1');
            a.parentNode.classList.toggle('active-tab', on);
        });
        Array.prototype.forEach.call(root.querySelectorAll('.cx-admin-pane'), function (p) {
            var on = p.getAttribute('data-pane') === key;
            p.classList.toggle('active-pane', on);
            p.hidden = !on;
        });
        if (!drawn[key]) {
            draw(key);
        }
        if (window.history && history.replaceState) {
            var url = new URL(window.location.href);
            url.searchParams.set('tab', key);
            history.replaceState(null, '', url.toString());
        }
    }

    /** Draws a tab again (after a change that other tabs show, such as a new department). */
    function refresh(key) {
        drawn[key] = false;
        var pane = document.getElementById('cx-tab-' + key);
        if (pane && !pane.hidden) {
            draw(key);
        }
    }

    function start() {
        if (!root) {
            return;
        }
        var links = Array.prototype.slice.call(root.querySelectorAll('.tabs-menu a[data-tab]'));
        links.forEach(function (a, i) {
            a.addEventListener('click', function (event) {
                event.preventDefault();
                open(a.getAttribute('data-tab'));
            });
            a.addEventListener('keydown', function (event) {
                var next = null;
                if (event.key === 'ArrowRight') {
                    next = links[(i + 1) % links.length];
                } else if (event.key === 'ArrowLeft') {
                    next = links[(i - 1 + links.length) % links.length];
                } else if (event.key === 'Home') {
                    next = links[0];
                } else if (event.key === 'End') {
                    next = links[links.length - 1];
                }
                if (next) {
                    event.preventDefault();
                    next.focus();
                    open(next.getAttribute('data-tab'));
                }
            });
        });
        open(root.getAttribute('data-tab') || 'departments');
    }

    var CxAdmin = {
        tab: function (key, render) {
            tabs[key] = render;
        },
        api: api, el: el, clear: clear, announce: announce, message: message, field: field, input: input,
        select: select, checkbox: checkbox, button: button, form: form, value: value, showError: showError,
        clearErrors: clearErrors, errorText: errorText, date: date, dateTime: dateTime, lozenge: lozenge, table: table, load: load,
        refresh: refresh, open: open, space: space, contextPath: contextPath, userPicker: userPicker
    };
    window.CxAdmin = CxAdmin;

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        setTimeout(start, 0);
    }
}());

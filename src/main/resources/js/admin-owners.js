/*
 * Space admin screen, tab "Block owners": for each building block of a set, the people who own it, added with
 * a user picker (Confluence's own user search) and removed with one button. Owners show on results and on the
 * roadmap.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;

    function lang() {
        var l = (document.documentElement.lang || 'en').substring(0, 2);
        return l === 'ru' || l === 'uk' ? l : 'en';
    }

    function text(localized) {
        return localized ? (localized[lang()] || localized.en || '') : '';
    }

    function blockRow(setKey, block, owners, redraw) {
        var mine = owners.filter(function (o) {
            return o.blockKey === block.key;
        });
        var title = text(block.title);
        var chips = A.el('ul', { className: 'cx-owner-chips', 'aria-label': AJS.I18n.getText('cx-maturity.admin.owner.of', title) },
            mine.map(function (o) {
                var name = o.fullName || o.userKey;
                return A.el('li', { className: 'cx-owner-chip' }, [
                    A.el('span', { text: name }),
                    A.el('button', { type: 'button', className: 'aui-button aui-button-subtle cx-owner-remove',
                        'aria-label': AJS.I18n.getText('cx-maturity.admin.owner.remove', name, title), text: '×',
                        onclick: function () {
                            A.api('DELETE', '/owners/' + o.id + '?spaceKey=' + encodeURIComponent(A.space()))
                                .then(function (reply) {
                                    if (reply.ok) {
                                        A.announce(AJS.I18n.getText('cx-maturity.admin.owner.removed', name, title));
                                        redraw();
                                    } else {
                                        A.announce(A.errorText(reply), 'error');
                                    }
                                });
                        } })
                ]);
            }));
        var error = A.el('div', { className: 'error cx-field-error', 'aria-live': 'polite' });
        var picker = A.userPicker(AJS.I18n.getText('cx-maturity.admin.owner.add-to', title), function (username, fullName) {
            A.api('POST', '/owners', { spaceKey: A.space(), setKey: setKey, blockKey: block.key, user: username })
                .then(function (reply) {
                    if (reply.ok) {
                        A.announce(AJS.I18n.getText('cx-maturity.admin.owner.added', fullName, title));
                        redraw(block.key);
                    } else {
                        error.textContent = A.errorText(reply);
                    }
                });
        });
        return A.el('tr', { 'data-block': block.key }, [
            A.el('th', { scope: 'row', text: title }),
            A.el('td', {}, [mine.length ? chips : A.el('span', { className: 'cx-admin-empty',
                text: AJS.I18n.getText('cx-maturity.admin.owner.nobody') })]),
            A.el('td', {}, [picker, error])
        ]);
    }

    function render(pane, chosen) {
        A.load(pane, '/question-sets?spaceKey=' + encodeURIComponent(A.space())).then(function (sets) {
            return A.load(pane, '/departments?spaceKey=' + encodeURIComponent(A.space())).then(function (departments) {
                var used = departments.filter(function (d) {
                    return !d.archived;
                }).map(function (d) {
                    return d.setKey;
                });
                // the set most departments answer comes first: that is where owners matter most
                var counts = {};
                used.forEach(function (k) {
                    counts[k] = (counts[k] || 0) + 1;
                });
                var mostUsed = used.slice().sort(function (a, b) {
                    return counts[b] - counts[a];
                })[0];
                var setKey = chosen || mostUsed || sets[0].key;
                return Promise.all([
                    A.load(pane, '/question-sets/' + encodeURIComponent(setKey) + '?spaceKey=' + encodeURIComponent(A.space())),
                    A.load(pane, '/owners?spaceKey=' + encodeURIComponent(A.space()) + '&setKey=' + encodeURIComponent(setKey))
                ]).then(function (loaded) {
                    var set = loaded[0];
                    var chooser = A.select('ownersSet', sets.map(function (s) {
                        return { value: s.key, label: s.title + (used.indexOf(s.key) >= 0 ? ''
                            : ' — ' + AJS.I18n.getText('cx-maturity.admin.owner.unused')) };
                    }), setKey);
                    chooser.addEventListener('change', function () {
                        render(pane, chooser.value);
                    });
                    var redraw = function (focusBlock) {
                        render(pane, setKey);
                        if (focusBlock) {
                            setTimeout(function () {
                                var next = pane.querySelector('tr[data-block="' + focusBlock + '"] input');
                                if (next) {
                                    next.focus();
                                }
                            }, 300);
                        }
                    };
                    A.clear(pane);
                    pane.appendChild(A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.owner.lead') }));
                    pane.appendChild(A.el('form', { className: 'aui', onsubmit: function (e) {
                        e.preventDefault();
                    } }, [A.field(AJS.I18n.getText('cx-maturity.admin.owner.set'), chooser)]));
                    pane.appendChild(A.table([
                        AJS.I18n.getText('cx-maturity.admin.owner.block'),
                        AJS.I18n.getText('cx-maturity.admin.owner.owners'),
                        AJS.I18n.getText('cx-maturity.admin.owner.add')
                    ], set.definition.blocks.map(function (b) {
                        return blockRow(setKey, b, loaded[1], redraw);
                    }), set.title));
                });
            });
        }).catch(function () {
            // shown in the pane already
        });
    }

    A.tab('owners', function (pane) {
        render(pane, null);
    });
}());

/*
 * Space admin screen, tab "Audit trail": every admin change of the space, newest first, fifty at a time.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;
    var PAGE = 50;

    function action(key) {
        var names = {
            'department.create': AJS.I18n.getText('cx-maturity.admin.audit.department.create'),
            'department.update': AJS.I18n.getText('cx-maturity.admin.audit.department.update'),
            'department.archive': AJS.I18n.getText('cx-maturity.admin.audit.department.archive'),
            'department.restore': AJS.I18n.getText('cx-maturity.admin.audit.department.restore'),
            'round.open': AJS.I18n.getText('cx-maturity.admin.audit.round.open'),
            'round.close': AJS.I18n.getText('cx-maturity.admin.audit.round.close'),
            'settings.update': AJS.I18n.getText('cx-maturity.admin.audit.settings.update'),
            'owner.add': AJS.I18n.getText('cx-maturity.admin.audit.owner.add'),
            'owner.remove': AJS.I18n.getText('cx-maturity.admin.audit.owner.remove'),
            'round.update': AJS.I18n.getText('cx-maturity.admin.audit.round.update'),
            'round.remind': AJS.I18n.getText('cx-maturity.admin.audit.round.remind'),
            'set.create': AJS.I18n.getText('cx-maturity.admin.audit.set.create'),
            'set.draft.save': AJS.I18n.getText('cx-maturity.admin.audit.set.draft.save'),
            'set.draft.discard': AJS.I18n.getText('cx-maturity.admin.audit.set.draft.discard'),
            'set.publish': AJS.I18n.getText('cx-maturity.admin.audit.set.publish'),
            'set.archive': AJS.I18n.getText('cx-maturity.admin.audit.set.archive'),
            'set.restore': AJS.I18n.getText('cx-maturity.admin.audit.set.restore'),
            'initiative.create': AJS.I18n.getText('cx-maturity.admin.audit.initiative.create'),
            'initiative.update': AJS.I18n.getText('cx-maturity.admin.audit.initiative.update'),
            'initiative.delete': AJS.I18n.getText('cx-maturity.admin.audit.initiative.delete'),
            'export.responses': AJS.I18n.getText('cx-maturity.admin.audit.export.responses'),
            'export.space': AJS.I18n.getText('cx-maturity.admin.audit.export.space'),
            'import.set': AJS.I18n.getText('cx-maturity.admin.audit.import.set'),
            'import.space': AJS.I18n.getText('cx-maturity.admin.audit.import.space')
        };
        return names[key] || key;
    }

    function rows(entries) {
        return entries.map(function (e) {
            return A.el('tr', { 'data-entry': e.id }, [
                A.el('td', {}, [A.el('time', { datetime: e.at, text: A.dateTime(e.at) })]),
                A.el('td', { text: e.actorName }),
                A.el('td', { text: action(e.action) }),
                A.el('td', { text: e.subject || '' }),
                A.el('td', { className: 'cx-audit-detail', text: e.detail || '' })
            ]);
        });
    }

    function render(pane) {
        A.load(pane, '/audit?spaceKey=' + encodeURIComponent(A.space()) + '&limit=' + PAGE).then(function (entries) {
            A.clear(pane);
            pane.appendChild(A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.audit.lead') }));
            if (entries.length === 0) {
                pane.appendChild(A.message('info', AJS.I18n.getText('cx-maturity.admin.audit.none')));
                return;
            }
            var t = A.table([
                AJS.I18n.getText('cx-maturity.admin.audit.when'),
                AJS.I18n.getText('cx-maturity.admin.audit.who'),
                AJS.I18n.getText('cx-maturity.admin.audit.what'),
                AJS.I18n.getText('cx-maturity.admin.audit.subject'),
                AJS.I18n.getText('cx-maturity.admin.audit.detail')
            ], rows(entries), AJS.I18n.getText('cx-maturity.admin.tab.audit'));
            pane.appendChild(t);
            var last = entries[entries.length - 1].id;
            if (entries.length === PAGE) {
                var more = A.button(AJS.I18n.getText('cx-maturity.admin.audit.more'), function () {
                    A.api('GET', '/audit?spaceKey=' + encodeURIComponent(A.space()) + '&limit=' + PAGE + '&before=' + last)
                        .then(function (reply) {
                            if (!reply.ok) {
                                return;
                            }
                            rows(reply.body).forEach(function (r) {
                                t.querySelector('tbody').appendChild(r);
                            });
                            if (reply.body.length < PAGE) {
                                more.parentNode.removeChild(more);
                            } else {
                                last = reply.body[reply.body.length - 1].id;
                            }
                        });
                });
                pane.appendChild(more);
            }
        }).catch(function () {
            // shown in the pane already
        });
    }

    A.tab('audit', render);
}());

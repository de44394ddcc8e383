/*
 * Space admin screen, tab "Departments and rounds": create, rename, re-point and archive departments, set
 * their cadence and respondent group; open and close rounds. One card per department with its rounds.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;

    function cadenceOptions() {
        return [
            { value: '12', label: AJS.I18n.getText('cx-maturity.admin.cadence.12') },
            { value: '6', label: AJS.I18n.getText('cx-maturity.admin.cadence.6') },
            { value: '0', label: AJS.I18n.getText('cx-maturity.admin.cadence.0') }
        ];
    }

    function cadenceLabel(months) {
        var match = cadenceOptions().filter(function (o) {
            return o.value === String(months);
        })[0];
        return match ? match.label : String(months);
    }

    function setOptions(sets) {
        return sets.map(function (s) {
            return { value: s.key, label: s.title + ' (' + s.key + ')' };
        });
    }

    /** When the next round is due: the last round's start plus the cadence; null when no cadence or no round. */
    function nextDue(department, rounds) {
        if (!department.cadenceMonths || rounds.length === 0 || !rounds[0].opensOn) {
            return null;
        }
        var d = new Date(rounds[0].opensOn + 'T00:00:00');
        d.setMonth(d.getMonth() + department.cadenceMonths);
        return d;
    }

    function departmentForm(sets, department, done, cancel) {
        var isNew = !department;
        var d = department || { name: '', setKey: sets.length ? sets[0].key : '', headcount: null, cadenceMonths: 12,
            respondentGroup: '' };
        var fields = [
            A.field(AJS.I18n.getText('cx-maturity.admin.department.name'), A.input('name', d.name,
                { maxlength: '100', required: true })),
            A.field(AJS.I18n.getText('cx-maturity.admin.department.set'), A.select('setKey', setOptions(sets), d.setKey),
                isNew ? null : AJS.I18n.getText('cx-maturity.admin.department.set-help')),
            A.field(AJS.I18n.getText('cx-maturity.admin.department.headcount'), A.input('headcount',
                d.headcount === null ? '' : d.headcount, { type: 'number', min: '0', className: 'text short-field' }),
                AJS.I18n.getText('cx-maturity.admin.department.headcount-help'))
        ];
        if (!isNew) {
            fields.push(A.field(AJS.I18n.getText('cx-maturity.admin.department.cadence'),
                A.select('cadenceMonths', cadenceOptions(), d.cadenceMonths)));
            fields.push(A.field(AJS.I18n.getText('cx-maturity.admin.department.group'),
                A.input('respondentGroup', d.respondentGroup || '', { maxlength: '255' }),
                AJS.I18n.getText('cx-maturity.admin.department.group-help')));
        }
        return A.form(fields, isNew ? AJS.I18n.getText('cx-maturity.admin.department.create')
            : AJS.I18n.getText('cx-maturity.admin.save'), function (form) {
            var body = {
                spaceKey: A.space(),
                name: A.value(form, 'name'),
                setKey: A.value(form, 'setKey'),
                headcount: A.value(form, 'headcount', 'number')
            };
            if (!isNew) {
                body.cadenceMonths = A.value(form, 'cadenceMonths', 'number');
                body.respondentGroup = A.value(form, 'respondentGroup');
            }
            var call = isNew ? A.api('POST', '/departments', body)
                : A.api('PUT', '/departments/' + encodeURIComponent(d.key), body);
            return call.then(function (reply) {
                if (reply.ok) {
                    A.announce(isNew ? AJS.I18n.getText('cx-maturity.admin.department.created', reply.body.name)
                        : AJS.I18n.getText('cx-maturity.admin.saved'));
                    done(reply.body);
                }
                return reply;
            });
        }, cancel);
    }

    function roundForm(department, done, cancel) {
        var fields = [
            A.field(AJS.I18n.getText('cx-maturity.admin.round.name'), A.input('name', '', { maxlength: '100',
                placeholder: AJS.I18n.getText('cx-maturity.admin.round.name-example') })),
            A.field(AJS.I18n.getText('cx-maturity.admin.round.opens'), A.input('opensOn', '', { type: 'date' })),
            A.field(AJS.I18n.getText('cx-maturity.admin.round.closes'), A.input('closesOn', '', { type: 'date' })),
            A.field(AJS.I18n.getText('cx-maturity.admin.round.min-group'), A.input('minGroupSize', '',
                { type: 'number', min: '1', max: '100', className: 'text short-field' }),
                AJS.I18n.getText('cx-maturity.admin.round.min-group-help')),
            A.checkbox('anonymous', AJS.I18n.getText('cx-maturity.admin.round.anonymous'), false),
            A.el('p', { className: 'description', text: AJS.I18n.getText('cx-maturity.admin.round.anonymous-help') })
        ];
        return A.form(fields, AJS.I18n.getText('cx-maturity.admin.round.open'), function (form) {
            var body = { spaceKey: A.space(), name: A.value(form, 'name'), anonymous: A.value(form, 'anonymous') };
            ['opensOn', 'closesOn'].forEach(function (f) {
                if (A.value(form, f)) {
                    body[f] = A.value(form, f);
                }
            });
            if (A.value(form, 'minGroupSize', 'number') !== undefined) {
                body.minGroupSize = A.value(form, 'minGroupSize', 'number');
            }
            return A.api('POST', '/departments/' + encodeURIComponent(department.key) + '/rounds', body)
                .then(function (reply) {
                    if (reply.ok) {
                        A.announce(AJS.I18n.getText('cx-maturity.admin.round.opened', reply.body.name));
                        done();
                    }
                    return reply;
                });
        }, cancel);
    }

    /** Changes a round: name, dates, minimum group size, anonymity (locked once answered), reminders, form page. */
    function roundEditForm(round, done, cancel) {
        var plan = round.reminders || { enabled: false, everyDays: 0, daysBeforeClose: 0 };
        var fields = [
            A.field(AJS.I18n.getText('cx-maturity.admin.round.name'), A.input('name', round.name, { maxlength: '100' })),
            A.el('div', { className: 'cx-inline' }, [
                A.field(AJS.I18n.getText('cx-maturity.admin.round.opens'), A.input('opensOn', round.opensOn || '',
                    { type: 'date' })),
                A.field(AJS.I18n.getText('cx-maturity.admin.round.closes'), A.input('closesOn', round.closesOn || '',
                    { type: 'date' })),
                A.field(AJS.I18n.getText('cx-maturity.admin.round.min-group'), A.input('minGroupSize', round.minGroupSize,
                    { type: 'number', min: '1', max: '100', className: 'text short-field' }))
            ]),
            A.checkbox('anonymous', AJS.I18n.getText('cx-maturity.admin.round.anonymous'), round.anonymous),
            A.el('p', { className: 'description', text: AJS.I18n.getText('cx-maturity.admin.round.anonymous-help') }),
            A.el('fieldset', { className: 'group' }, [
                A.el('legend', {}, [A.el('span', { text: AJS.I18n.getText('cx-maturity.admin.reminders.title') })]),
                A.checkbox('remindersEnabled', AJS.I18n.getText('cx-maturity.admin.reminders.enabled'), plan.enabled),
                A.el('div', { className: 'cx-inline' }, [
                    A.field(AJS.I18n.getText('cx-maturity.admin.reminders.every'), A.input('everyDays', plan.everyDays,
                        { type: 'number', min: '0', max: '90', className: 'text short-field' }),
                        AJS.I18n.getText('cx-maturity.admin.reminders.every-help')),
                    A.field(AJS.I18n.getText('cx-maturity.admin.reminders.before'), A.input('daysBeforeClose',
                        plan.daysBeforeClose, { type: 'number', min: '0', max: '90', className: 'text short-field' }),
                        AJS.I18n.getText('cx-maturity.admin.reminders.before-help'))
                ])
            ]),
            A.field(AJS.I18n.getText('cx-maturity.admin.round.form-page'), A.input('formPageUrl', round.formPageUrl || '',
                { maxlength: '255' }), AJS.I18n.getText('cx-maturity.admin.round.form-page-help'))
        ];
        return A.form(fields, AJS.I18n.getText('cx-maturity.admin.save'), function (f) {
            var body = {
                spaceKey: A.space(), name: A.value(f, 'name'), anonymous: A.value(f, 'anonymous'),
                minGroupSize: A.value(f, 'minGroupSize', 'number'),
                reminders: { enabled: A.value(f, 'remindersEnabled'), everyDays: A.value(f, 'everyDays', 'number') || 0,
                    daysBeforeClose: A.value(f, 'daysBeforeClose', 'number') || 0 }
            };
            ['opensOn', 'closesOn', 'formPageUrl'].forEach(function (k) {
                if (A.value(f, k)) {
                    body[k] = A.value(f, k);
                }
            });
            return A.api('PUT', '/rounds/' + round.id, body).then(function (reply) {
                if (reply.ok) {
                    A.announce(AJS.I18n.getText('cx-maturity.admin.saved'));
                    done();
                } else if (reply.body && reply.body.field && reply.body.field.indexOf('reminders.') === 0) {
                    reply.body.field = reply.body.field.substring('reminders.'.length);
                }
                return reply;
            });
        }, cancel);
    }

    /** Who was reminded when (counts only), and "send now". */
    function remindersPanel(round, area) {
        A.api('GET', '/rounds/' + round.id + '/reminders?spaceKey=' + encodeURIComponent(A.space())).then(function (reply) {
            A.clear(area);
            if (!reply.ok) {
                area.appendChild(A.message('error', A.errorText(reply)));
                return;
            }
            var r = reply.body;
            var lines = [];
            if (!r.respondentGroup) {
                lines.push(A.message('warning', AJS.I18n.getText('cx-maturity.admin.reminders.no-group')));
            }
            if (!r.mailServerConfigured) {
                lines.push(A.message('warning', AJS.I18n.getText('cx-maturity.admin.reminders.no-mail')));
            }
            lines.push(A.el('p', { text: r.enabled && r.nextOccasion
                ? AJS.I18n.getText('cx-maturity.admin.reminders.next', A.date(r.nextOccasion))
                : AJS.I18n.getText('cx-maturity.admin.reminders.off') }));
            if (r.occasions.length) {
                lines.push(A.table([
                    AJS.I18n.getText('cx-maturity.admin.reminders.occasion'),
                    AJS.I18n.getText('cx-maturity.admin.reminders.sent'),
                    AJS.I18n.getText('cx-maturity.admin.reminders.refused')
                ], r.occasions.map(function (o) {
                    return A.el('tr', {}, [A.el('td', { text: A.date(o.occasion) }), A.el('td', { text: String(o.sent) }),
                        A.el('td', { text: String(o.refused + o.unconfirmed) })]);
                }), AJS.I18n.getText('cx-maturity.admin.reminders.title')));
            }
            var now = A.button(AJS.I18n.getText('cx-maturity.admin.reminders.send-now'), function () {
                now.disabled = true;
                A.api('POST', '/rounds/' + round.id + '/reminders', { spaceKey: A.space() }).then(function (sent) {
                    now.disabled = false;
                    if (sent.ok) {
                        A.announce(AJS.I18n.getText('cx-maturity.admin.reminders.done', sent.body.sent,
                            sent.body.alreadyReminded, sent.body.answered));
                        remindersPanel(round, area);
                    } else {
                        A.announce(A.errorText(sent), 'error');
                    }
                });
            });
            lines.push(now);
            lines.forEach(function (n) {
                area.appendChild(n);
            });
        });
    }

    function roundsTable(department, rounds, redraw, editArea) {
        if (rounds.length === 0) {
            return A.el('p', { className: 'cx-admin-empty', text: AJS.I18n.getText('cx-maturity.admin.round.none') });
        }
        return A.table([
            AJS.I18n.getText('cx-maturity.admin.round.name'),
            AJS.I18n.getText('cx-maturity.admin.round.status'),
            AJS.I18n.getText('cx-maturity.admin.round.dates'),
            AJS.I18n.getText('cx-maturity.admin.round.privacy'),
            AJS.I18n.getText('cx-maturity.admin.round.min-group'),
            AJS.I18n.getText('cx-maturity.admin.actions')
        ], rounds.map(function (r) {
            var open = r.status === 'OPEN';
            var actions = A.el('td', { className: 'cx-admin-actions' });
            actions.appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.edit'), function () {
                A.clear(editArea).appendChild(A.el('h4', { text: AJS.I18n.getText('cx-maturity.admin.round.edit-title',
                    r.name) }));
                editArea.appendChild(roundEditForm(r, redraw, function () {
                    A.clear(editArea);
                }));
                if (open) {
                    var panel = A.el('div', { className: 'cx-reminders' });
                    editArea.appendChild(panel);
                    remindersPanel(r, panel);
                }
                editArea.querySelector('input').focus();
            }));
            if (open) {
                actions.appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.round.close'), function () {
                    if (!window.confirm(AJS.I18n.getText('cx-maturity.admin.round.close-confirm', r.name))) {
                        return;
                    }
                    A.api('POST', '/rounds/' + r.id + '/close', { spaceKey: A.space() }).then(function (reply) {
                        if (reply.ok) {
                            A.announce(AJS.I18n.getText('cx-maturity.admin.round.closed', r.name));
                            redraw();
                        } else {
                            A.announce(A.errorText(reply), 'error');
                        }
                    });
                }));
            }
            actions.querySelectorAll('button').forEach(function (b) {
                b.setAttribute('aria-label', b.textContent + ': ' + r.name);
            });
            return A.el('tr', { 'data-round': r.id }, [
                A.el('td', { text: r.name }),
                A.el('td', {}, [A.lozenge(open ? AJS.I18n.getText('cx-maturity.admin.round.open-status')
                    : AJS.I18n.getText('cx-maturity.admin.round.closed-status'), open ? 'success' : null)]),
                A.el('td', { text: A.date(r.opensOn) + ' – ' + (r.closesOn ? A.date(r.closesOn) : '…') }),
                A.el('td', { text: r.anonymous ? AJS.I18n.getText('cx-maturity.admin.round.anonymous-short')
                    : AJS.I18n.getText('cx-maturity.admin.round.named-short') }),
                A.el('td', { text: String(r.minGroupSize) }),
                actions
            ]);
        }), AJS.I18n.getText('cx-maturity.admin.round.caption', department.name));
    }

    function card(department, sets, rounds, redrawAll) {
        var node = A.el('section', { className: 'cx-dept' + (department.archived ? ' cx-dept-archived' : ''),
            'data-department': department.key, 'aria-labelledby': 'cx-dept-' + department.key });
        var set = sets.filter(function (s) {
            return s.key === department.setKey;
        })[0];
        var openRound = rounds.filter(function (r) {
            return r.status === 'OPEN';
        })[0];
        var due = nextDue(department, rounds);
        var facts = A.el('ul', { className: 'cx-dept-facts' }, [
            A.el('li', { text: AJS.I18n.getText('cx-maturity.admin.department.set') + ': '
                + (set ? set.title : department.setKey) }),
            A.el('li', { text: AJS.I18n.getText('cx-maturity.admin.department.headcount') + ': '
                + (department.headcount === null ? '—' : department.headcount) }),
            A.el('li', { text: AJS.I18n.getText('cx-maturity.admin.department.cadence') + ': '
                + cadenceLabel(department.cadenceMonths) }),
            A.el('li', { text: AJS.I18n.getText('cx-maturity.admin.department.group') + ': '
                + (department.respondentGroup || '—') }),
            due && !openRound ? A.el('li', { className: due < new Date() ? 'cx-due cx-overdue' : 'cx-due',
                text: (due < new Date() ? AJS.I18n.getText('cx-maturity.admin.department.overdue', A.date(due.toISOString()))
                    : AJS.I18n.getText('cx-maturity.admin.department.due', A.date(due.toISOString()))) }) : null
        ]);
        var editArea = A.el('div', { className: 'cx-dept-edit' });
        var buttons = A.el('div', { className: 'aui-buttons cx-dept-buttons' }, [
            A.button(AJS.I18n.getText('cx-maturity.admin.edit'), function () {
                A.clear(editArea).appendChild(departmentForm(sets, department, function () {
                    redrawAll();
                }, function () {
                    A.clear(editArea);
                }));
                editArea.querySelector('input').focus();
            }),
            !department.archived && !openRound ? A.button(AJS.I18n.getText('cx-maturity.admin.round.open'), function () {
                A.clear(editArea).appendChild(roundForm(department, redrawAll, function () {
                    A.clear(editArea);
                }));
                editArea.querySelector('input').focus();
            }) : null,
            A.button(department.archived ? AJS.I18n.getText('cx-maturity.admin.department.restore')
                : AJS.I18n.getText('cx-maturity.admin.department.archive'), function () {
                if (!department.archived && !window.confirm(AJS.I18n.getText('cx-maturity.admin.department.archive-confirm',
                        department.name))) {
                    return;
                }
                A.api('PUT', '/departments/' + encodeURIComponent(department.key),
                    { spaceKey: A.space(), archived: !department.archived }).then(function (reply) {
                    if (reply.ok) {
                        A.announce(AJS.I18n.getText('cx-maturity.admin.saved'));
                        redrawAll();
                    } else {
                        A.announce(A.errorText(reply), 'error');
                    }
                });
            })
        ]);
        node.appendChild(A.el('h3', { id: 'cx-dept-' + department.key }, [department.name + ' ',
            A.el('span', { className: 'cx-dept-key', text: department.key }),
            department.archived ? A.lozenge(AJS.I18n.getText('cx-maturity.admin.department.archived')) : null,
            openRound ? A.lozenge(AJS.I18n.getText('cx-maturity.admin.round.open-named', openRound.name), 'success') : null
        ]));
        node.appendChild(facts);
        node.appendChild(buttons);
        node.appendChild(editArea);
        node.appendChild(A.el('h4', { text: AJS.I18n.getText('cx-maturity.admin.round.title') }));
        node.appendChild(roundsTable(department, rounds, redrawAll, editArea));
        return node;
    }

    function render(pane) {
        Promise.all([
            A.load(pane, '/departments?spaceKey=' + encodeURIComponent(A.space())),
            A.load(pane, '/question-sets?spaceKey=' + encodeURIComponent(A.space()))
        ]).then(function (loaded) {
            var departments = loaded[0];
            var sets = (loaded[1].sets || loaded[1]).filter(function (s) {
                return !s.archived;
            });
            return Promise.all(departments.map(function (d) {
                return A.load(pane, '/departments/' + encodeURIComponent(d.key) + '/rounds?spaceKey='
                    + encodeURIComponent(A.space()));
            })).then(function (rounds) {
                var redraw = function () {
                    render(pane);
                    A.refresh('owners');
                };
                A.clear(pane);
                var addArea = A.el('div', { className: 'cx-dept-add' });
                pane.appendChild(A.el('div', { className: 'cx-admin-toolbar' }, [
                    A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.department.lead') }),
                    A.button(AJS.I18n.getText('cx-maturity.admin.department.add'), function () {
                        A.clear(addArea).appendChild(departmentForm(sets, null, redraw, function () {
                            A.clear(addArea);
                        }));
                        addArea.querySelector('input').focus();
                    }, 'primary')
                ]));
                pane.appendChild(addArea);
                if (departments.length === 0) {
                    pane.appendChild(A.message('info', AJS.I18n.getText('cx-maturity.admin.department.none')));
                }
                departments.forEach(function (d, i) {
                    pane.appendChild(card(d, loaded[1].sets || loaded[1], rounds[i], redraw));
                });
            });
        }).catch(function () {
            // the error is already shown in the pane
        });
    }

    A.tab('departments', render);
}());

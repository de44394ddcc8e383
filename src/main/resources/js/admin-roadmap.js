/*
 * Space admin screen, tab "Roadmap": the board of initiatives by building block and horizon (6, 12, 24 months),
 * one-click drafts from the recommendations for a department's weakest blocks, the initiative form (owner with
 * the user picker, status, target stage, due date, progress, link) and, at the next round, what was done per
 * block and how its score moved. An edit carries the version it was read at, so two admins never overwrite
 * each other silently.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;
    var state = { setKey: null, department: '' };

    function statusOptions() {
        return [
            { value: 'PLANNED', label: AJS.I18n.getText('cx-maturity.admin.roadmap.status.planned') },
            { value: 'IN_PROGRESS', label: AJS.I18n.getText('cx-maturity.admin.roadmap.status.in-progress') },
            { value: 'DONE', label: AJS.I18n.getText('cx-maturity.admin.roadmap.status.done') },
            { value: 'DROPPED', label: AJS.I18n.getText('cx-maturity.admin.roadmap.status.dropped') }
        ];
    }

    function statusLozenge(status) {
        var kinds = { PLANNED: null, IN_PROGRESS: 'current', DONE: 'success', DROPPED: 'removed' };
        var label = statusOptions().filter(function (o) {
            return o.value === status;
        })[0];
        return A.lozenge(label ? label.label : status, kinds[status]);
    }

    function horizonOptions() {
        return [6, 12, 24].map(function (m) {
            return { value: String(m), label: AJS.I18n.getText('cx-maturity.admin.roadmap.months', m) };
        });
    }

    function sourceLabel(source) {
        switch (source) {
            case 'DRIVER':
                return AJS.I18n.getText('cx-maturity.admin.roadmap.source.driver');
            case 'TRANSITION':
                return AJS.I18n.getText('cx-maturity.admin.roadmap.source.transition');
            case 'TEMPLATE':
                return AJS.I18n.getText('cx-maturity.admin.roadmap.source.template');
            default:
                return AJS.I18n.getText('cx-maturity.admin.roadmap.source.manual');
        }
    }

    function query() {
        return '?spaceKey=' + encodeURIComponent(A.space()) + '&setKey=' + encodeURIComponent(state.setKey)
            + (state.department ? '&department=' + encodeURIComponent(state.department) : '');
    }

    /** The initiative form: new (with block and horizon given) or an existing initiative at its version. */
    function initiativeForm(board, initiative, preset, done, cancel) {
        var i = initiative || { title: '', description: '', blockKey: preset.blockKey, horizon: preset.horizon,
            owner: '', status: 'PLANNED', targetStage: null, dueOn: '', progress: 0, link: '' };
        var blocks = board.rows.map(function (r) {
            return { value: r.blockKey, label: r.blockName };
        });
        var description = A.el('textarea', { className: 'textarea', name: 'description', rows: '3', maxlength: '4000' });
        description.value = i.description || '';
        var owner = A.userPicker(AJS.I18n.getText('cx-maturity.admin.roadmap.owner'), function () {
        }, { name: 'owner', value: i.owner || '', keep: true, bare: true });
        var fields = [
            A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.title'), A.input('title', i.title, { maxlength: '200' })),
            A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.description'), description),
            A.el('div', { className: 'cx-inline' }, [
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.block'), A.select('blockKey', blocks, i.blockKey)),
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.horizon'), A.select('horizon', horizonOptions(),
                    i.horizon)),
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.status'), A.select('status', statusOptions(), i.status))
            ]),
            A.el('div', { className: 'cx-inline' }, [
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.owner'), owner,
                    AJS.I18n.getText('cx-maturity.admin.roadmap.owner-help')),
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.target'), A.input('targetStage',
                    i.targetStage === null ? '' : i.targetStage, { type: 'number', min: '1', className: 'text short-field' })),
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.due'), A.input('dueOn', i.dueOn || '', { type: 'date' })),
                A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.progress'), A.input('progress', i.progress,
                    { type: 'number', min: '0', max: '100', className: 'text short-field' }))
            ]),
            A.field(AJS.I18n.getText('cx-maturity.admin.roadmap.link'), A.input('link', i.link || '', { maxlength: '500' }),
                AJS.I18n.getText('cx-maturity.admin.roadmap.link-help'))
        ];
        var formNode = A.form(fields, initiative ? AJS.I18n.getText('cx-maturity.admin.save')
            : AJS.I18n.getText('cx-maturity.admin.roadmap.create'), function (f) {
            var body = {
                spaceKey: A.space(), setKey: state.setKey, blockKey: A.value(f, 'blockKey'),
                title: A.value(f, 'title'), description: A.value(f, 'description') || null,
                horizon: A.value(f, 'horizon', 'number'), owner: A.value(f, 'owner') || null,
                status: A.value(f, 'status'), targetStage: A.value(f, 'targetStage', 'number'),
                dueOn: A.value(f, 'dueOn') || null, progress: A.value(f, 'progress', 'number'),
                link: A.value(f, 'link') || null
            };
            if (state.department) {
                body.department = state.department;
            }
            if (initiative && initiative.department) {
                body.department = initiative.department;
            }
            if (body.targetStage === undefined) {
                delete body.targetStage;
            }
            if (body.progress === undefined) {
                body.progress = 0;
            }
            var call;
            if (initiative) {
                body.version = initiative.version;
                call = A.api('PUT', '/initiatives/' + initiative.id, body);
            } else {
                call = A.api('POST', '/initiatives', body);
            }
            return call.then(function (reply) {
                if (reply.ok) {
                    A.announce(initiative ? AJS.I18n.getText('cx-maturity.admin.saved')
                        : AJS.I18n.getText('cx-maturity.admin.roadmap.created', reply.body.title));
                    done();
                } else if (reply.status === 409 && reply.body && reply.body.error === 'initiative-outdated') {
                    reply.body.message = reply.body.message + ' ' + AJS.I18n.getText('cx-maturity.admin.roadmap.reload');
                }
                return reply;
            });
        }, cancel);
        if (initiative) {
            formNode.querySelector('.buttons').appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.roadmap.delete'),
                function () {
                    if (!window.confirm(AJS.I18n.getText('cx-maturity.admin.roadmap.delete-confirm', initiative.title))) {
                        return;
                    }
                    A.api('DELETE', '/initiatives/' + initiative.id + '?spaceKey=' + encodeURIComponent(A.space()))
                        .then(function (reply) {
                            if (reply.ok) {
                                A.announce(AJS.I18n.getText('cx-maturity.admin.roadmap.deleted', initiative.title));
                                done();
                            } else {
                                A.showError(formNode, reply);
                            }
                        });
                }, 'subtle'));
        }
        return formNode;
    }

    function card(initiative, edit) {
        var meta = [];
        if (initiative.ownerName) {
            meta.push(initiative.ownerName);
        }
        if (initiative.dueOn) {
            meta.push(AJS.I18n.getText('cx-maturity.admin.roadmap.due-on', A.date(initiative.dueOn)));
        }
        return A.el('li', { className: 'cx-initiative' + (initiative.overdue ? ' cx-overdue' : ''),
            'data-initiative': initiative.id }, [
            A.el('div', { className: 'cx-initiative-head' }, [statusLozenge(initiative.status),
                initiative.overdue ? A.lozenge(AJS.I18n.getText('cx-maturity.admin.roadmap.overdue'), 'error') : null]),
            A.el('p', { className: 'cx-initiative-title', text: initiative.title }),
            meta.length ? A.el('p', { className: 'cx-initiative-meta', text: meta.join(' · ') }) : null,
            A.el('div', { className: 'cx-progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
                'aria-valuenow': String(initiative.progress), 'aria-label': AJS.I18n.getText(
                    'cx-maturity.admin.roadmap.progress-of', initiative.title, initiative.progress) }, [
                A.el('span', { style: 'width:' + Math.max(0, Math.min(100, initiative.progress)) + '%' })]),
            A.button(AJS.I18n.getText('cx-maturity.admin.edit'), edit, 'subtle')
        ]);
    }

    function boardTable(board, formArea, redraw) {
        var open = function (initiative, preset) {
            A.clear(formArea).appendChild(A.el('h4', { text: initiative
                ? AJS.I18n.getText('cx-maturity.admin.roadmap.edit-title', initiative.title)
                : AJS.I18n.getText('cx-maturity.admin.roadmap.new-title') }));
            formArea.appendChild(initiativeForm(board, initiative, preset, redraw, function () {
                A.clear(formArea);
            }));
            formArea.scrollIntoView({ block: 'start' });
            formArea.querySelector('input').focus();
        };
        var rows = board.rows.map(function (row) {
            return A.el('tr', { 'data-block': row.blockKey }, [
                A.el('th', { scope: 'row' }, [
                    A.el('span', { className: 'cx-board-block', text: row.blockName }),
                    row.owners && row.owners.length ? A.el('span', { className: 'cx-board-owners', text: row.owners.map(
                        function (o) {
                            return o.fullName;
                        }).join(', ') }) : null
                ])
            ].concat(row.cells.map(function (cell) {
                return A.el('td', { 'data-horizon': cell.horizon }, [
                    A.el('ul', { className: 'cx-initiatives' }, cell.initiatives.map(function (i) {
                        return card(i, function () {
                            A.api('GET', '/initiatives/' + i.id + '?spaceKey=' + encodeURIComponent(A.space()))
                                .then(function (reply) {
                                    open(reply.ok ? reply.body : i);
                                });
                        });
                    })),
                    A.button('+', function () {
                        open(null, { blockKey: row.blockKey, horizon: cell.horizon });
                    }, 'subtle')
                ]);
            })));
        });
        var tableNode = A.table([AJS.I18n.getText('cx-maturity.admin.roadmap.block')].concat(board.horizons.map(function (h) {
            return AJS.I18n.getText('cx-maturity.admin.roadmap.months', h);
        })), rows, AJS.I18n.getText('cx-maturity.admin.roadmap.board', board.setTitle));
        tableNode.classList.add('cx-board');
        tableNode.querySelectorAll('td > button').forEach(function (b) {
            var td = b.parentNode;
            b.setAttribute('aria-label', AJS.I18n.getText('cx-maturity.admin.roadmap.add-to',
                td.parentNode.querySelector('.cx-board-block').textContent,
                AJS.I18n.getText('cx-maturity.admin.roadmap.months', td.getAttribute('data-horizon'))));
        });
        return tableNode;
    }

    function suggestionsPart(container, redraw) {
        if (!state.department) {
            container.appendChild(A.message('info', AJS.I18n.getText('cx-maturity.admin.roadmap.pick-department')));
            return;
        }
        A.api('GET', '/initiatives/suggestions' + query()).then(function (reply) {
            if (!reply.ok) {
                container.appendChild(A.message('error', A.errorText(reply)));
                return;
            }
            var list = reply.body;
            if (list.length === 0) {
                container.appendChild(A.el('p', { className: 'cx-admin-empty',
                    text: AJS.I18n.getText('cx-maturity.admin.roadmap.no-suggestions') }));
                return;
            }
            if (list.some(function (s) {
                return !s.fromResults;
            })) {
                container.appendChild(A.el('p', { className: 'description',
                    text: AJS.I18n.getText('cx-maturity.admin.roadmap.not-from-results') }));
            }
            container.appendChild(A.el('ul', { className: 'cx-suggestions' }, list.map(function (s) {
                var taken = !!s.initiativeId;
                var add = A.button(taken ? AJS.I18n.getText('cx-maturity.admin.roadmap.on-roadmap')
                    : AJS.I18n.getText('cx-maturity.admin.roadmap.add-draft'), function () {
                    add.disabled = true;
                    A.api('POST', '/initiatives/from-suggestion', { spaceKey: A.space(), setKey: state.setKey,
                        department: state.department, suggestionId: s.id }).then(function (r) {
                        if (r.ok) {
                            A.announce(AJS.I18n.getText('cx-maturity.admin.roadmap.created', r.body.title));
                            redraw();
                        } else {
                            add.disabled = false;
                            A.announce(A.errorText(r), 'error');
                        }
                    });
                }, taken ? null : 'primary');
                add.disabled = taken;
                add.setAttribute('aria-label', add.textContent + ': ' + s.title);
                return A.el('li', { className: 'cx-suggestion', 'data-suggestion': s.id }, [
                    A.el('div', {}, [A.lozenge(sourceLabel(s.source)), ' ', A.el('strong', { text: s.blockName }),
                        ' · ' + AJS.I18n.getText('cx-maturity.admin.roadmap.months', s.horizon)]),
                    A.el('p', { className: 'cx-suggestion-title', text: s.title }),
                    s.description ? A.el('p', { className: 'description', text: s.description }) : null,
                    add
                ]);
            })));
        });
    }

    function progressPart(container) {
        if (!state.department) {
            return;
        }
        A.api('GET', '/roadmap/progress' + query()).then(function (reply) {
            if (!reply.ok) {
                return;
            }
            var p = reply.body;
            container.appendChild(A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.roadmap.progress-title',
                p.department.name) }));
            container.appendChild(A.el('p', { className: 'cx-admin-lead', text: p.previousRound && p.latestRound
                ? AJS.I18n.getText('cx-maturity.admin.roadmap.between', p.previousRound.name, p.latestRound.name)
                : AJS.I18n.getText('cx-maturity.admin.roadmap.one-round') }));
            container.appendChild(A.table([
                AJS.I18n.getText('cx-maturity.admin.roadmap.block'),
                AJS.I18n.getText('cx-maturity.admin.roadmap.done-list'),
                AJS.I18n.getText('cx-maturity.admin.roadmap.score-moved')
            ], p.blocks.map(function (b) {
                var moved = b.comparable && p.scoresShown
                    ? b.previous + ' → ' + b.latest + ' (' + (b.delta > 0 ? '+' : '') + b.delta + ')'
                    : AJS.I18n.getText('cx-maturity.admin.roadmap.not-comparable');
                return A.el('tr', { 'data-block': b.blockKey }, [
                    A.el('th', { scope: 'row', text: b.blockName }),
                    A.el('td', {}, [b.done.length ? A.el('ul', {}, b.done.map(function (i) {
                        return A.el('li', { text: i.title + (i.doneAt ? ' (' + A.date(i.doneAt) + ')' : '') });
                    })) : A.el('span', { className: 'cx-admin-empty', text: '—' })]),
                    A.el('td', { text: moved })
                ]);
            }), p.setTitle));
        });
    }

    function render(pane) {
        Promise.all([
            A.load(pane, '/question-sets?spaceKey=' + encodeURIComponent(A.space())),
            A.load(pane, '/departments?spaceKey=' + encodeURIComponent(A.space()))
        ]).then(function (loaded) {
            var sets = loaded[0];
            var departments = loaded[1].filter(function (d) {
                return !d.archived;
            });
            if (!state.setKey) {
                var used = departments.map(function (d) {
                    return d.setKey;
                });
                state.setKey = used.indexOf('six-blocks') >= 0 ? 'six-blocks' : (used[0] || sets[0].key);
            }
            var setSelect = A.select('roadmapSet', sets.map(function (s) {
                return { value: s.key, label: s.title };
            }), state.setKey);
            var departmentSelect = A.select('roadmapDepartment', [{ value: '',
                label: AJS.I18n.getText('cx-maturity.admin.roadmap.all-departments') }].concat(departments
                .filter(function (d) {
                    return d.setKey === state.setKey;
                }).map(function (d) {
                    return { value: d.key, label: d.name };
                })), state.department);
            var redraw = function () {
                render(pane);
                A.refresh('audit');
            };
            setSelect.addEventListener('change', function () {
                state.setKey = setSelect.value;
                state.department = '';
                render(pane);
            });
            departmentSelect.addEventListener('change', function () {
                state.department = departmentSelect.value;
                render(pane);
            });
            return A.load(pane, '/roadmap/board' + query()).then(function (board) {
                A.clear(pane);
                pane.appendChild(A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.roadmap.lead') }));
                pane.appendChild(A.el('form', { className: 'aui cx-inline cx-roadmap-filters', onsubmit: function (e) {
                    e.preventDefault();
                } }, [
                    A.field(AJS.I18n.getText('cx-maturity.admin.owner.set'), setSelect),
                    A.field(AJS.I18n.getText('cx-maturity.admin.department.name'), departmentSelect)
                ]));
                var suggestions = A.el('section', { className: 'cx-roadmap-suggestions' }, [
                    A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.roadmap.suggestions') })]);
                pane.appendChild(suggestions);
                suggestionsPart(suggestions, redraw);
                var formArea = A.el('div', { className: 'cx-initiative-form' });
                pane.appendChild(A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.roadmap.board', board.setTitle) }));
                pane.appendChild(formArea);
                pane.appendChild(boardTable(board, formArea, redraw));
                var progress = A.el('section', { className: 'cx-roadmap-progress' });
                pane.appendChild(progress);
                progressPart(progress);
            });
        }).catch(function () {
            // shown in the pane already
        });
    }

    A.tab('roadmap', render);
}());

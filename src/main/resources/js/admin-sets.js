/*
 * Space admin screen, tab "Question sets": the space's sets with their versions; start a set from a built-in
 * model or a copy of another; edit a set's draft (texts in English, Russian and Ukrainian, blocks, questions,
 * scales, stage bands) with every problem shown next to its field; preview it as a respondent; see what stays
 * comparable with the rounds already run; publish it as the next version (a stored version never changes);
 * archive and restore. The draft lives on the server, so nothing is lost when the browser closes.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;
    var LANGS = [
        { code: 'en', label: 'English' },
        { code: 'ru', label: 'Русский' },
        { code: 'uk', label: 'Українська' }
    ];

    function readerLang() {
        var l = (document.documentElement.lang || 'en').substring(0, 2);
        return l === 'ru' || l === 'uk' ? l : 'en';
    }

    function text(localized) {
        return localized ? (localized[readerLang()] || localized.en || '') : '';
    }

    // ---- JSON paths as the server names fields: $.blocks[2].title.ru ----

    function parsePath(path) {
        var parts = [];
        path.replace(/^\$/, '').replace(/\.([^.[\]]+)|\[(\d+)\]/g, function (m, name, index) {
            parts.push(index !== undefined ? Number(index) : name);
            return '';
        });
        return parts;
    }

    function getPath(obj, path) {
        return parsePath(path).reduce(function (o, k) {
            return o === undefined || o === null ? undefined : o[k];
        }, obj);
    }

    function setPath(obj, path, value) {
        var parts = parsePath(path);
        var o = obj;
        for (var i = 0; i < parts.length - 1; i++) {
            if (o[parts[i]] === undefined || o[parts[i]] === null) {
                o[parts[i]] = typeof parts[i + 1] === 'number' ? [] : {};
            }
            o = o[parts[i]];
        }
        if (value === undefined) {
            delete o[parts[parts.length - 1]];
        } else {
            o[parts[parts.length - 1]] = value;
        }
    }

    function emptyText() {
        return { en: '', ru: '', uk: '' };
    }

    // ---- the editor ----

    function Editor(pane, setKey, draft, back) {
        this.pane = pane;
        this.setKey = setKey;
        this.def = draft.definition;
        this.version = draft.version;
        this.draft = draft;
        this.back = back;
        this.dirty = false;
        this.problems = draft.problems || [];
    }

    /** An input bound to a path of the definition; its error box is found by the path. */
    Editor.prototype.bound = function (path, label, opts) {
        var self = this;
        opts = opts || {};
        var current = getPath(this.def, path);
        var control;
        if (opts.options) {
            control = A.select('p' + path, opts.options, current);
        } else if (opts.long) {
            control = A.el('textarea', { className: 'textarea', rows: '2' });
            control.value = current === undefined || current === null ? '' : current;
        } else {
            control = A.input('p' + path, current === undefined || current === null ? '' : current,
                { type: opts.number ? 'number' : 'text', className: 'text' + (opts.short ? ' short-field' : '') });
        }
        control.setAttribute('name', path);
        control.setAttribute('data-path', path);
        if (opts.lang) {
            control.setAttribute('lang', opts.lang);
        }
        if (opts.readOnly) {
            control.readOnly = true;
        }
        control.addEventListener(opts.options ? 'change' : 'input', function () {
            var v = control.value;
            if (opts.number) {
                v = v.trim() === '' ? undefined : Number(v);
            }
            setPath(self.def, path, v);
            self.changed();
            if (opts.rerender) {
                opts.rerender();
            }
        });
        return A.field(label, control, opts.help);
    };

    /** The same text in the three languages, side by side. */
    Editor.prototype.trio = function (path, label, long) {
        var self = this;
        if (!getPath(this.def, path)) {
            setPath(this.def, path, emptyText());
        }
        return A.el('fieldset', { className: 'group cx-trio', 'data-path-group': path }, [
            A.el('legend', {}, [A.el('span', { text: label })]),
            A.el('div', { className: 'cx-trio-row' }, LANGS.map(function (l) {
                return self.bound(path + '.' + l.code, l.label, { long: long, lang: l.code });
            }))
        ]);
    };

    Editor.prototype.changed = function () {
        this.dirty = true;
        this.status.textContent = AJS.I18n.getText('cx-maturity.admin.set.unsaved');
    };

    /** A card for one element of a list (block, question, stage) with move and remove buttons. */
    Editor.prototype.item = function (listPath, index, title, body, redraw) {
        var self = this;
        var list = getPath(this.def, listPath);
        var path = listPath + '[' + index + ']';
        var tools = A.el('div', { className: 'aui-buttons cx-item-tools' }, [
            index > 0 ? A.button(AJS.I18n.getText('cx-maturity.admin.set.up'), function () {
                list.splice(index - 1, 0, list.splice(index, 1)[0]);
                self.changed();
                redraw();
            }, 'subtle') : null,
            index < list.length - 1 ? A.button(AJS.I18n.getText('cx-maturity.admin.set.down'), function () {
                list.splice(index + 1, 0, list.splice(index, 1)[0]);
                self.changed();
                redraw();
            }, 'subtle') : null,
            A.button(AJS.I18n.getText('cx-maturity.admin.set.remove'), function () {
                list.splice(index, 1);
                self.changed();
                redraw();
            }, 'subtle')
        ]);
        tools.querySelectorAll('button').forEach(function (b) {
            b.setAttribute('aria-label', b.textContent + ': ' + title);
        });
        return A.el('section', { className: 'cx-item', 'data-path-group': path }, [
            A.el('div', { className: 'cx-item-head' }, [A.el('h5', { text: title }), tools]),
            A.el('div', { className: 'error cx-field-error cx-group-error', 'aria-live': 'polite' })
        ].concat(body));
    };

    Editor.prototype.sectionSet = function () {
        return [
            this.bound('$.key', AJS.I18n.getText('cx-maturity.admin.set.key'), { readOnly: true, short: true }),
            this.trio('$.title', AJS.I18n.getText('cx-maturity.admin.set.title')),
            this.trio('$.description', AJS.I18n.getText('cx-maturity.admin.set.description'), true)
        ];
    };

    Editor.prototype.sectionAnswerTypes = function (container) {
        var self = this;
        var redraw = function () {
            A.clear(container);
            self.sectionAnswerTypes(container);
        };
        Object.keys(this.def.answerTypes || {}).forEach(function (key) {
            var base = '$.answerTypes.' + key;
            var type = self.def.answerTypes[key];
            var body = [A.el('p', { className: 'description', text: AJS.I18n.getText('cx-maturity.admin.set.answer-kind',
                type.type) })];
            if (type.type === 'scale') {
                body.push(A.el('div', { className: 'cx-inline' }, [
                    self.bound(base + '.min', AJS.I18n.getText('cx-maturity.admin.set.scale-min'),
                        { number: true, short: true, rerender: redraw }),
                    self.bound(base + '.max', AJS.I18n.getText('cx-maturity.admin.set.scale-max'),
                        { number: true, short: true, rerender: redraw })
                ]));
                if (typeof type.min === 'number' && typeof type.max === 'number' && type.max - type.min <= 20) {
                    for (var p = type.min; p <= type.max; p++) {
                        body.push(self.trio(base + '.labels.' + p, AJS.I18n.getText('cx-maturity.admin.set.point', p)));
                    }
                }
            }
            container.appendChild(A.el('section', { className: 'cx-item', 'data-path-group': base }, [
                A.el('h5', { text: key }),
                A.el('div', { className: 'error cx-field-error cx-group-error', 'aria-live': 'polite' })
            ].concat(body)));
        });
    };

    Editor.prototype.sectionBlocks = function (container) {
        var self = this;
        var redraw = function () {
            A.clear(container);
            self.sectionBlocks(container);
            self.refreshQuestionBlocks();
        };
        (this.def.blocks || []).forEach(function (b, i) {
            var path = '$.blocks[' + i + ']';
            container.appendChild(self.item('$.blocks', i, text(b.title) || b.key, [
                self.bound(path + '.key', AJS.I18n.getText('cx-maturity.admin.set.block-key'), { short: true,
                    help: AJS.I18n.getText('cx-maturity.admin.set.key-help') }),
                self.trio(path + '.title', AJS.I18n.getText('cx-maturity.admin.set.block-title')),
                self.trio(path + '.description', AJS.I18n.getText('cx-maturity.admin.set.block-description'), true)
            ], redraw));
        });
        container.appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.set.add-block'), function () {
            self.def.blocks = self.def.blocks || [];
            self.def.blocks.push({ key: 'block-' + (self.def.blocks.length + 1), title: emptyText(),
                description: emptyText() });
            self.changed();
            redraw();
            var inputs = container.querySelectorAll('.cx-item:last-of-type input');
            if (inputs.length) {
                inputs[0].focus();
            }
        }));
    };

    Editor.prototype.refreshQuestionBlocks = function () {
        if (this.questionsContainer) {
            A.clear(this.questionsContainer);
            this.sectionQuestions(this.questionsContainer);
        }
    };

    Editor.prototype.sectionQuestions = function (container) {
        var self = this;
        this.questionsContainer = container;
        var redraw = function () {
            A.clear(container);
            self.sectionQuestions(container);
        };
        var blocks = (this.def.blocks || []).map(function (b) {
            return { value: b.key, label: text(b.title) || b.key };
        });
        var types = Object.keys(this.def.answerTypes || {}).map(function (k) {
            return { value: k, label: k };
        });
        (this.def.questions || []).forEach(function (q, i) {
            var path = '$.questions[' + i + ']';
            container.appendChild(self.item('$.questions', i, (i + 1) + '. ' + (text(q.text) || q.key), [
                A.el('div', { className: 'cx-inline' }, [
                    self.bound(path + '.key', AJS.I18n.getText('cx-maturity.admin.set.question-key'), { short: true }),
                    self.bound(path + '.block', AJS.I18n.getText('cx-maturity.admin.set.question-block'),
                        { options: blocks }),
                    self.bound(path + '.answer', AJS.I18n.getText('cx-maturity.admin.set.question-answer'),
                        { options: types }),
                    self.bound(path + '.weight', AJS.I18n.getText('cx-maturity.admin.set.question-weight'),
                        { number: true, short: true, help: AJS.I18n.getText('cx-maturity.admin.set.weight-help') })
                ]),
                self.trio(path + '.text', AJS.I18n.getText('cx-maturity.admin.set.question-text'), true),
                self.trio(path + '.help', AJS.I18n.getText('cx-maturity.admin.set.question-help'), true)
            ], redraw));
        });
        container.appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.set.add-question'), function () {
            self.def.questions = self.def.questions || [];
            self.def.questions.push({ key: 'question-' + (self.def.questions.length + 1),
                block: blocks.length ? blocks[blocks.length - 1].value : '',
                answer: types.length ? types[0].value : '', text: emptyText(), help: emptyText() });
            self.changed();
            redraw();
        }));
    };

    Editor.prototype.sectionStages = function (container) {
        var self = this;
        (this.def.stages || []).forEach(function (s, i) {
            var path = '$.stages[' + i + ']';
            var drivers = A.el('div', { className: 'cx-drivers' });
            var drawDrivers = function () {
                A.clear(drivers);
                (s.drivers || []).forEach(function (d, j) {
                    drivers.appendChild(A.el('div', { className: 'cx-driver' }, [
                        self.trio(path + '.drivers[' + j + ']', AJS.I18n.getText('cx-maturity.admin.set.driver', j + 1)),
                        A.button(AJS.I18n.getText('cx-maturity.admin.set.remove'), function () {
                            s.drivers.splice(j, 1);
                            self.changed();
                            drawDrivers();
                        }, 'subtle')
                    ]));
                });
                drivers.appendChild(A.button(AJS.I18n.getText('cx-maturity.admin.set.add-driver'), function () {
                    s.drivers = s.drivers || [];
                    s.drivers.push(emptyText());
                    self.changed();
                    drawDrivers();
                }));
            };
            drawDrivers();
            container.appendChild(A.el('section', { className: 'cx-item', 'data-path-group': path }, [
                A.el('h5', { text: AJS.I18n.getText('cx-maturity.admin.set.stage', s.number) + ' — ' + text(s.name) }),
                A.el('div', { className: 'error cx-field-error cx-group-error', 'aria-live': 'polite' }),
                self.trio(path + '.name', AJS.I18n.getText('cx-maturity.admin.set.stage-name')),
                A.el('div', { className: 'cx-inline', 'data-path-group': path + '.band' }, [
                    self.bound(path + '.band.min', AJS.I18n.getText('cx-maturity.admin.set.band-min'),
                        { number: true, short: true }),
                    self.bound(path + '.band.max', AJS.I18n.getText('cx-maturity.admin.set.band-max'),
                        { number: true, short: true })
                ]),
                self.trio(path + '.summary', AJS.I18n.getText('cx-maturity.admin.set.stage-summary'), true),
                A.el('h6', { text: AJS.I18n.getText('cx-maturity.admin.set.drivers') }),
                drivers
            ]));
        });
    };

    Editor.prototype.sectionJson = function (container) {
        var self = this;
        var area = A.el('textarea', { className: 'textarea cx-json', rows: '16', name: 'json', spellcheck: 'false' });
        area.value = JSON.stringify(this.def, null, 2);
        var apply = A.button(AJS.I18n.getText('cx-maturity.admin.set.apply-json'), function () {
            var box = document.getElementById(area.id + '-error');
            try {
                self.def = JSON.parse(area.value);
                box.textContent = '';
                self.changed();
                self.render();
            } catch (e) {
                box.textContent = AJS.I18n.getText('cx-maturity.admin.set.bad-json', e.message);
                area.focus();
            }
        });
        container.appendChild(A.field(AJS.I18n.getText('cx-maturity.admin.set.json'), area,
            AJS.I18n.getText('cx-maturity.admin.set.json-help')));
        container.appendChild(apply);
    };

    /** A collapsible part of the editor (native details/summary: keyboard and screen readers for free). */
    function part(title, open, fill) {
        var body = A.el('div', { className: 'cx-part-body' });
        var node = A.el('details', { className: 'cx-part', open: open }, [A.el('summary', {}, [
            A.el('h4', { text: title })]), body]);
        fill(body);
        return node;
    }

    /** Puts each problem next to its field; problems without a field of their own go to the nearest group. */
    Editor.prototype.showProblems = function (problems) {
        var self = this;
        this.problems = problems || [];
        Array.prototype.forEach.call(this.form.querySelectorAll('.cx-field-error'), function (e) {
            e.textContent = '';
        });
        Array.prototype.forEach.call(this.form.querySelectorAll('[aria-invalid]'), function (e) {
            e.removeAttribute('aria-invalid');
        });
        var unplaced = [];
        var first = null;
        this.problems.forEach(function (p) {
            var control = self.form.querySelector('[data-path="' + CSS.escape(p.field) + '"]');
            if (control) {
                control.setAttribute('aria-invalid', 'true');
                var box = document.getElementById(control.id + '-error');
                box.textContent = (box.textContent ? box.textContent + ' ' : '') + p.message;
                first = first || control;
                var details = control.closest('details');
                if (details) {
                    details.open = true;
                }
                return;
            }
            var path = p.field;
            while (path && path !== '$') {
                var group = self.form.querySelector('[data-path-group="' + CSS.escape(path) + '"]');
                if (group) {
                    var groupBox = group.querySelector('.cx-group-error');
                    if (groupBox) {
                        groupBox.textContent = (groupBox.textContent ? groupBox.textContent + ' ' : '') + p.message;
                        var d = group.closest('details');
                        if (d) {
                            d.open = true;
                        }
                        first = first || group;
                        return;
                    }
                }
                path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
            }
            unplaced.push(p);
        });
        A.clear(this.summary);
        if (this.problems.length) {
            this.summary.appendChild(A.message('error', AJS.I18n.getText('cx-maturity.admin.set.problems',
                this.problems.length)));
            if (unplaced.length) {
                this.summary.appendChild(A.el('ul', { className: 'cx-unplaced' }, unplaced.map(function (p) {
                    return A.el('li', { text: p.field + ': ' + p.message });
                })));
            }
            if (first && first.focus) {
                first.focus();
            }
        }
    };

    Editor.prototype.showComparability = function (report) {
        A.clear(this.report);
        if (!report) {
            return;
        }
        var items = [];
        var kept = (report.comparable || []).length;
        var lostCount = (report.notComparable || []).length;
        items.push(A.el('p', { text: AJS.I18n.getText('cx-maturity.admin.set.comparable-count', kept,
            kept + lostCount, report.fromVersion) }));
        var lost = (report.questions || []).filter(function (q) {
            return !q.comparable;
        });
        if (lost.length) {
            items.push(A.el('ul', { className: 'cx-not-comparable' }, lost.map(function (q) {
                return A.el('li', {}, [A.el('code', { text: q.key }), ' — ' + statusText(q)]);
            })));
        }
        var reworded = (report.questions || []).filter(function (q) {
            return q.comparable && q.reworded;
        });
        if (reworded.length) {
            items.push(A.el('p', { className: 'description', text: AJS.I18n.getText('cx-maturity.admin.set.reworded',
                reworded.map(function (q) {
                    return q.key;
                }).join(', ')) }));
        }
        if (report.stages && report.stages.changed) {
            items.push(A.el('p', { text: AJS.I18n.getText('cx-maturity.admin.set.stages-changed') }));
        }
        this.report.appendChild(A.el('div', {
            className: 'aui-message ' + (report.breaksComparability ? 'aui-message-warning' : 'aui-message-success'),
            role: 'status'
        }, [A.el('p', { className: 'title', text: report.breaksComparability
            ? AJS.I18n.getText('cx-maturity.admin.set.breaks') : AJS.I18n.getText('cx-maturity.admin.set.keeps') })]
            .concat(items)));
    };

    function statusText(q) {
        switch (q.status) {
            case 'removed':
                return AJS.I18n.getText('cx-maturity.admin.set.q-removed');
            case 'added':
                return AJS.I18n.getText('cx-maturity.admin.set.q-added');
            case 'moved':
                return AJS.I18n.getText('cx-maturity.admin.set.q-moved', q.fromBlock, q.toBlock);
            case 'reweighted':
                return AJS.I18n.getText('cx-maturity.admin.set.q-weight', q.fromWeight, q.toWeight);
            default:
                return AJS.I18n.getText('cx-maturity.admin.set.q-changed');
        }
    }

    Editor.prototype.save = function () {
        var self = this;
        return A.api('PUT', '/question-sets/' + encodeURIComponent(this.setKey) + '/draft',
            { spaceKey: A.space(), definition: this.def, version: this.version }).then(function (reply) {
            if (reply.ok) {
                self.version = reply.body.version;
                self.dirty = false;
                self.status.textContent = AJS.I18n.getText('cx-maturity.admin.set.saved-draft', A.dateTime(reply.body.updatedAt));
                self.showProblems(reply.body.problems);
                A.announce(AJS.I18n.getText('cx-maturity.admin.set.draft-saved'));
            } else {
                A.announce(A.errorText(reply), 'error');
                self.summary.appendChild(A.message('error', A.errorText(reply)));
            }
            return reply;
        });
    };

    Editor.prototype.check = function () {
        var self = this;
        return A.api('POST', '/question-sets/' + encodeURIComponent(this.setKey) + '/draft/validate',
            { spaceKey: A.space(), definition: this.def }).then(function (reply) {
            if (reply.ok) {
                self.showProblems(reply.body.problems);
                self.showComparability(reply.body.comparability);
                if (reply.body.valid) {
                    A.announce(AJS.I18n.getText('cx-maturity.admin.set.valid'));
                }
            }
            return reply;
        });
    };

    Editor.prototype.preview = function (lang) {
        var self = this;
        return A.api('POST', '/question-sets/' + encodeURIComponent(this.setKey) + '/draft/preview',
            { spaceKey: A.space(), definition: this.def, language: lang }).then(function (reply) {
            A.clear(self.previewArea);
            if (!reply.ok) {
                if (reply.body && reply.body.problems) {
                    self.showProblems(reply.body.problems);
                }
                self.previewArea.appendChild(A.message('error', A.errorText(reply)));
                return reply;
            }
            self.previewArea.appendChild(renderPreview(reply.body.data));
            self.previewArea.focus();
            return reply;
        });
    };

    Editor.prototype.publish = function (acknowledge) {
        var self = this;
        var go = function () {
            return A.api('POST', '/question-sets/' + encodeURIComponent(self.setKey) + '/publish',
                { spaceKey: A.space(), version: self.version, acknowledgeComparability: !!acknowledge })
                .then(function (reply) {
                    if (reply.ok) {
                        A.announce(AJS.I18n.getText('cx-maturity.admin.set.published', reply.body.version));
                        A.refresh('departments');
                        A.refresh('audit');
                        self.back(reply.body.key);
                        return reply;
                    }
                    var body = reply.body || {};
                    if (body.error === 'comparability-not-acknowledged') {
                        return self.check().then(function () {
                            A.clear(self.confirmArea).appendChild(A.el('div', { className: 'cx-confirm' }, [
                                A.message('warning', body.message),
                                A.button(AJS.I18n.getText('cx-maturity.admin.set.publish-anyway'), function () {
                                    A.clear(self.confirmArea);
                                    self.publish(true);
                                }, 'primary'),
                                A.button(AJS.I18n.getText('cx-maturity.admin.cancel'), function () {
                                    A.clear(self.confirmArea);
                                }, 'link')
                            ]));
                            self.confirmArea.querySelector('button').focus();
                        });
                    }
                    if (body.problems) {
                        self.showProblems(body.problems);
                    } else if (body.error === 'invalid-definition') {
                        self.check();
                    }
                    self.summary.appendChild(A.message('error', A.errorText(reply)));
                    A.announce(A.errorText(reply), 'error');
                    return reply;
                });
        };
        return this.dirty ? this.save().then(function (r) {
            return r.ok ? go() : r;
        }) : go();
    };

    Editor.prototype.render = function () {
        var self = this;
        A.clear(this.pane);
        var d = this.draft;
        this.status = A.el('p', { className: 'cx-draft-status', role: 'status', text: d.saved
            ? AJS.I18n.getText('cx-maturity.admin.set.draft-by', d.updatedBy || '', A.dateTime(d.updatedAt))
            : AJS.I18n.getText('cx-maturity.admin.set.draft-new', d.publishedVersion || 0) });
        this.summary = A.el('div', { className: 'cx-problems' });
        this.report = A.el('div', { className: 'cx-comparability' });
        this.confirmArea = A.el('div');
        this.previewArea = A.el('div', { className: 'cx-preview', tabindex: '-1' });
        this.form = A.el('form', { className: 'aui cx-set-editor', novalidate: true, onsubmit: function (e) {
            e.preventDefault();
        } });
        var answerTypes = A.el('div');
        var blocks = A.el('div');
        var questions = A.el('div');
        var stages = A.el('div');
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-set'), true, function (b) {
            self.sectionSet().forEach(function (n) {
                b.appendChild(n);
            });
        }));
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-scales'), false, function (b) {
            b.appendChild(answerTypes);
            self.sectionAnswerTypes(answerTypes);
        }));
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-blocks'), false, function (b) {
            b.appendChild(blocks);
            self.sectionBlocks(blocks);
        }));
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-questions'), true, function (b) {
            b.appendChild(questions);
            self.sectionQuestions(questions);
        }));
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-stages'), false, function (b) {
            b.appendChild(stages);
            self.sectionStages(stages);
        }));
        this.form.appendChild(part(AJS.I18n.getText('cx-maturity.admin.set.part-json'), false, function (b) {
            self.sectionJson(b);
        }));
        var previewLang = A.select('previewLang', LANGS.map(function (l) {
            return { value: l.code, label: l.label };
        }), readerLang());
        previewLang.setAttribute('aria-label', AJS.I18n.getText('cx-maturity.admin.set.preview-language'));
        var toolbar = A.el('div', { className: 'cx-editor-toolbar' }, [
            A.button(AJS.I18n.getText('cx-maturity.admin.set.save-draft'), function () {
                self.save();
            }, 'primary'),
            A.button(AJS.I18n.getText('cx-maturity.admin.set.check'), function () {
                self.check();
            }),
            A.el('span', { className: 'cx-preview-tools' }, [
                A.button(AJS.I18n.getText('cx-maturity.admin.set.preview'), function () {
                    self.preview(previewLang.value);
                }),
                previewLang
            ]),
            A.button(AJS.I18n.getText('cx-maturity.admin.set.publish'), function () {
                self.publish(false);
            }),
            A.button(AJS.I18n.getText('cx-maturity.admin.set.back'), function () {
                if (!self.dirty || window.confirm(AJS.I18n.getText('cx-maturity.admin.set.leave-unsaved'))) {
                    self.back();
                }
            }, 'link')
        ]);
        this.pane.appendChild(A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.set.editing', text(this.def.title)
            || this.setKey) }));
        [this.status, toolbar, this.summary, this.confirmArea, this.report, this.form, this.previewArea]
            .forEach(function (n) {
                self.pane.appendChild(n);
            });
        if (this.problems.length) {
            this.showProblems(this.problems);
        }
    };

    /** The form as a respondent would see it (the preview data of the server), read-only. */
    function renderPreview(data) {
        var node = A.el('section', { className: 'cx-preview-form', lang: data.lang,
            'aria-label': AJS.I18n.getText('cx-maturity.admin.set.preview') }, [
            A.el('h4', { text: AJS.I18n.getText('cx-maturity.admin.set.preview-of', data.setTitle) }),
            data.setDescription ? A.el('p', { text: data.setDescription }) : null
        ]);
        (data.blocks || []).forEach(function (b) {
            node.appendChild(A.el('h5', { text: b.title }));
            if (b.description) {
                node.appendChild(A.el('p', { className: 'description', text: b.description }));
            }
            (b.questions || []).forEach(function (q) {
                var options = (q.options || []).map(function (o) {
                    return A.el('li', { text: (o.label !== undefined ? o.label : o.text) || String(o.value) });
                });
                node.appendChild(A.el('div', { className: 'cx-preview-question' }, [
                    A.el('p', { className: 'cx-preview-text', text: (q.number ? q.number + '. ' : '') + q.text }),
                    q.help ? A.el('p', { className: 'description', text: q.help }) : null,
                    options.length ? A.el('ul', { className: 'cx-preview-options' }, options) : null
                ]));
            });
        });
        return node;
    }

    // ---- the list of sets ----

    function openEditor(pane, setKey) {
        A.load(pane, '/question-sets/' + encodeURIComponent(setKey) + '/draft?spaceKey=' + encodeURIComponent(A.space()))
            .then(function (draft) {
                new Editor(pane, setKey, draft, function () {
                    renderList(pane);
                }).render();
                var first = pane.querySelector('.cx-set-editor input:not([readonly])');
                if (first) {
                    first.focus();
                }
            }).catch(function () {
                // shown in the pane already
            });
    }

    function newSetForm(pane, sets, done) {
        var sources = sets.map(function (s) {
            return { value: s.key, label: s.title + ' (' + s.key + ', v' + s.version + ')' };
        });
        return A.form([
            A.field(AJS.I18n.getText('cx-maturity.admin.set.new-key'), A.input('key', '', { maxlength: '40',
                pattern: '[a-z0-9-]{2,40}' }), AJS.I18n.getText('cx-maturity.admin.set.new-key-help')),
            A.field(AJS.I18n.getText('cx-maturity.admin.set.from'), A.select('from', sources, 'six-blocks'))
        ], AJS.I18n.getText('cx-maturity.admin.set.start'), function (form) {
            return A.api('POST', '/question-sets', { spaceKey: A.space(), key: A.value(form, 'key'),
                from: { setKey: A.value(form, 'from') } }).then(function (reply) {
                if (reply.ok) {
                    A.announce(AJS.I18n.getText('cx-maturity.admin.set.started', A.value(form, 'key')));
                    openEditor(pane, reply.body.key || A.value(form, 'key'));
                } else if (reply.body && reply.body.field === 'from') {
                    reply.body.field = 'from';
                }
                return reply;
            });
        }, done);
    }

    function renderList(pane) {
        A.load(pane, '/question-sets?spaceKey=' + encodeURIComponent(A.space()) + '&archived=true').then(function (sets) {
            A.clear(pane);
            var addArea = A.el('div');
            pane.appendChild(A.el('div', { className: 'cx-admin-toolbar' }, [
                A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.set.lead') }),
                A.button(AJS.I18n.getText('cx-maturity.admin.set.new'), function () {
                    A.clear(addArea).appendChild(newSetForm(pane, sets.filter(function (s) {
                        return !s.archived;
                    }), function () {
                        A.clear(addArea);
                    }));
                    addArea.querySelector('input').focus();
                }, 'primary')
            ]));
            pane.appendChild(addArea);
            pane.appendChild(A.table([
                AJS.I18n.getText('cx-maturity.admin.set.title'),
                AJS.I18n.getText('cx-maturity.admin.set.key'),
                AJS.I18n.getText('cx-maturity.admin.set.version'),
                AJS.I18n.getText('cx-maturity.admin.set.size'),
                AJS.I18n.getText('cx-maturity.admin.actions')
            ], sets.map(function (s) {
                var actions = A.el('td', { className: 'cx-admin-actions' }, [
                    !s.archived ? A.button(AJS.I18n.getText('cx-maturity.admin.edit'), function () {
                        openEditor(pane, s.key);
                    }) : null,
                    A.el('a', { className: 'aui-button aui-button-link', href: A.contextPath()
                        + '/rest/cx-maturity/1.0/question-sets/' + encodeURIComponent(s.key) + '/export?spaceKey='
                        + encodeURIComponent(A.space()), download: s.key + '-v' + s.version + '.json',
                        text: AJS.I18n.getText('cx-maturity.admin.set.export') }),
                    A.button(s.archived ? AJS.I18n.getText('cx-maturity.admin.set.restore')
                        : AJS.I18n.getText('cx-maturity.admin.set.archive'), function () {
                        A.api('POST', '/question-sets/' + encodeURIComponent(s.key) + (s.archived ? '/restore' : '/archive'),
                            { spaceKey: A.space() }).then(function (reply) {
                            if (reply.ok) {
                                A.announce(AJS.I18n.getText('cx-maturity.admin.saved'));
                                renderList(pane);
                                A.refresh('audit');
                            } else {
                                A.announce(A.errorText(reply), 'error');
                                pane.insertBefore(A.message('error', A.errorText(reply)),
                                    pane.firstChild);
                            }
                        });
                    })
                ]);
                actions.querySelectorAll('button, a').forEach(function (b) {
                    b.setAttribute('aria-label', b.textContent + ': ' + s.title);
                });
                return A.el('tr', { 'data-set': s.key, className: s.archived ? 'cx-archived' : null }, [
                    A.el('td', {}, [s.title + ' ', s.archived ? A.lozenge(AJS.I18n.getText('cx-maturity.admin.set.archived'))
                        : null]),
                    A.el('td', {}, [A.el('code', { text: s.key })]),
                    A.el('td', { text: 'v' + s.version + ' · ' + A.date(s.publishedAt) }),
                    A.el('td', { text: AJS.I18n.getText('cx-maturity.admin.set.size-of', s.blocks, s.questions, s.stages) }),
                    actions
                ]);
            }), AJS.I18n.getText('cx-maturity.admin.tab.sets')));
        }).catch(function () {
            // shown in the pane already
        });
    }

    A.tab('sets', renderList);
    window.CxAdminSets = { parsePath: parsePath, getPath: getPath, setPath: setPath };
}());

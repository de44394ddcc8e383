/*
 * CX Maturity: makes the server-rendered assessment form interactive. Without this script the page still
 * shows every question (and says it needs JavaScript to submit). With it:
 * - the form becomes a block-by-block flow with a progress bar, operable with the keyboard alone;
 * - answers are saved as a draft while the respondent goes, and restored when they come back;
 * - answers are submitted over REST, and the respondent sees their own result at once;
 * - in a named round a submitted response can be changed while the round is open (a new revision).
 * Errors come back from the server as JSON in the reader's language.
 */
(function () {
    'use strict';

    var DRAFT_DELAY_MS = 1200;
    var SVG = 'http://www.w3.org/2000/svg';

    function restBase() {
        var ctx = (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
        return (ctx || '') + '/rest/cx-maturity/1.0';
    }

    function request(method, path, body) {
        var init = {
            method: method,
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
        };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(restBase() + path, init).then(function (res) {
            return res.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                return { status: res.status, body: json };
            });
        });
    }

    /** Creates an element: el('p', {className: 'x'}, ['text', child]). */
    function el(tag, props, children) {
        var node = document.createElement(tag);
        Object.keys(props || {}).forEach(function (key) {
            if (key === 'className') {
                node.className = props[key];
            } else if (key === 'text') {
                node.textContent = props[key];
            } else {
                node.setAttribute(key, props[key]);
            }
        });
        (children || []).forEach(function (child) {
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    /** Draws a chart sent as shapes (the same shapes the server draws as SVG or PNG). */
    function chart(data) {
        var svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('class', 'cx-chart');
        svg.setAttribute('width', data.width);
        svg.setAttribute('height', data.height);
        svg.setAttribute('viewBox', '0 0 ' + data.width + ' ' + data.height);
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', data.description);
        var title = document.createElementNS(SVG, 'title');
        title.textContent = data.description;
        svg.appendChild(title);
        data.shapes.forEach(function (s) {
            var node;
            var attrs = {};
            switch (s.kind) {
                case 'POLYGON':
                case 'POLYLINE':
                    node = document.createElementNS(SVG, s.kind.toLowerCase());
                    attrs = { points: s.points, fill: s.kind === 'POLYGON' ? s.fill : 'none', stroke: s.stroke,
                        'stroke-width': s.strokeWidth };
                    break;
                case 'LINE':
                    node = document.createElementNS(SVG, 'line');
                    attrs = { x1: s.x, y1: s.y, x2: s.x2, y2: s.y2, stroke: s.stroke, 'stroke-width': s.strokeWidth };
                    break;
                case 'CIRCLE':
                    node = document.createElementNS(SVG, 'circle');
                    attrs = { cx: s.x, cy: s.y, r: s.r, fill: s.fill, stroke: s.stroke };
                    break;
                case 'RECT':
                    node = document.createElementNS(SVG, 'rect');
                    attrs = { x: s.x, y: s.y, width: s.width, height: s.height, fill: s.fill };
                    break;
                default:
                    node = document.createElementNS(SVG, 'text');
                    attrs = { x: s.x, y: s.y, 'text-anchor': s.anchor, 'font-size': s.fontSize, fill: s.fill };
                    if (s.bold) {
                        attrs['font-weight'] = 'bold';
                    }
                    node.textContent = s.text;
            }
            if (s.dashed) {
                attrs['stroke-dasharray'] = '5 4';
            }
            Object.keys(attrs).forEach(function (k) {
                node.setAttribute(k, attrs[k]);
            });
            if (s.title) {
                var t = document.createElementNS(SVG, 'title');
                t.textContent = s.title;
                node.appendChild(t);
            }
            svg.appendChild(node);
        });
        return el('figure', { className: 'cx-figure' }, [svg]);
    }

    function fmt(value) {
        if (value === null || value === undefined) {
            return '–';
        }
        return Math.abs(value - Math.round(value)) < 0.05 ? String(Math.round(value)) : value.toFixed(1);
    }

    /** The respondent's own result, as the server's CxMaturity.Templates.Assessment.result renders it. */
    function resultSection(result, revisable) {
        var card = el('div', { className: 'cx-stage-card' });
        if (result.stage) {
            card.appendChild(el('p', { className: 'cx-stage-label',
                text: AJS.I18n.getText('cx-maturity.results.stage-of', result.stage.number, result.stage.of) }));
            card.appendChild(el('p', { className: 'cx-stage-name', text: result.stage.name }));
        }
        var score = result.basis === 'PERCENT' ? Math.round(result.score) + '%'
            : fmt(result.points) + ' / ' + fmt(result.answeredMax);
        card.appendChild(el('p', { className: 'cx-score', text: AJS.I18n.getText('cx-maturity.result.score', score) }));
        if (result.stage && result.stage.summary) {
            card.appendChild(el('p', { className: 'cx-stage-summary', text: result.stage.summary }));
        }
        var section = el('section', { className: 'cx-own-result', 'aria-labelledby': 'cx-own-result-title',
            tabindex: '-1' }, [
            el('h3', { id: 'cx-own-result-title', text: AJS.I18n.getText('cx-maturity.result.title') }),
            el('div', { className: 'cx-summary' }, [card, chart(result.radar)])
        ]);
        if (result.weakest) {
            section.appendChild(el('p', { className: 'cx-weakest-block',
                text: AJS.I18n.getText('cx-maturity.result.weakest', result.weakest.title) }));
        }
        var rows = result.blocks.map(function (b) {
            return el('tr', { className: result.weakest && result.weakest.key === b.key ? 'cx-weakest' : '' }, [
                el('th', { scope: 'row', text: b.title }),
                el('td', { text: fmt(b.points) + ' / ' + fmt(b.maxPoints) }),
                el('td', { text: b.percent === null ? '–' : Math.round(b.percent) + '%' }),
                el('td', { text: b.stage ? b.stage.name : '' })
            ]);
        });
        section.appendChild(el('table', { className: 'aui cx-table cx-own-blocks' }, [
            el('thead', {}, [el('tr', {}, [
                el('th', { scope: 'col', text: AJS.I18n.getText('cx-maturity.results.block') }),
                el('th', { scope: 'col', text: AJS.I18n.getText('cx-maturity.result.points') }),
                el('th', { scope: 'col', text: '%' }),
                el('th', { scope: 'col', text: AJS.I18n.getText('cx-maturity.results.stage') })])]),
            el('tbody', {}, rows)]));
        function list(tag, className, heading, items, render) {
            if (items && items.length) {
                section.appendChild(el('h4', { text: heading }));
                section.appendChild(el(tag, { className: className }, items.map(render)));
            }
        }
        list('ul', 'cx-drivers', AJS.I18n.getText('cx-maturity.results.drivers'),
            result.stage ? result.stage.drivers : [], function (d) {
                return el('li', { text: d });
            });
        list('ul', 'cx-next-steps', AJS.I18n.getText('cx-maturity.result.next-steps'), result.nextSteps, function (n) {
            return el('li', {}, [el('strong', { text: n.text }), ' ' + n.advice]);
        });
        list('ol', 'cx-guidance', AJS.I18n.getText('cx-maturity.result.guidance'), result.guidance, function (g) {
            return el('li', {}, [el('strong', { text: g.title }), ' ' + g.text]);
        });
        if (revisable) {
            section.appendChild(el('p', {}, [el('button', { type: 'button', className: 'aui-button cx-revise',
                text: AJS.I18n.getText('cx-maturity.result.change') })]));
        }
        return section;
    }

    /** The answers currently chosen in the form, in the REST API's shape. */
    function collectAnswers(form) {
        var answers = [];
        Array.prototype.forEach.call(form.querySelectorAll('.cx-question'), function (fieldset) {
            var key = fieldset.getAttribute('data-question');
            if (fieldset.getAttribute('data-kind') === 'COMMENT') {
                var text = fieldset.querySelector('textarea');
                if (text && text.value.trim() !== '') {
                    answers.push({ question: key, comment: text.value });
                }
                return;
            }
            var checked = fieldset.querySelector('input[type=radio]:checked');
            if (!checked) {
                return;
            }
            if (checked.getAttribute('data-na') === 'true') {
                answers.push({ question: key, na: true });
            } else {
                answers.push({ question: key, value: checked.value });
            }
        });
        return answers;
    }

    function scoredQuestions(form) {
        return Array.prototype.filter.call(form.querySelectorAll('.cx-question'), function (q) {
            return q.getAttribute('data-kind') !== 'COMMENT';
        });
    }

    function answered(fieldset) {
        return !!fieldset.querySelector('input[type=radio]:checked');
    }

    function setFeedback(root, kind, message) {
        var box = root.querySelector('.cx-feedback');
        box.innerHTML = '';
        if (message) {
            box.appendChild(el('div', { className: 'aui-message aui-message-' + kind }, [el('p', { text: message })]));
        }
    }

    function setInputsEnabled(form, enabled) {
        Array.prototype.forEach.call(form.querySelectorAll('input, textarea'), function (input) {
            input.disabled = !enabled;
        });
        form.classList.toggle('cx-readonly', !enabled);
    }

    function init(root) {
        var form = root.querySelector('form.cx-form');
        if (!form || root.getAttribute('data-cx-ready')) {
            return;
        }
        root.setAttribute('data-cx-ready', 'true');
        var status = root.getAttribute('data-status');
        var spaceKey = root.getAttribute('data-space-key');
        var roundId = parseInt(root.getAttribute('data-round-id'), 10);
        var responseId = root.getAttribute('data-response-id');
        var anonymous = root.getAttribute('data-anonymous') === 'true';
        var blocks = Array.prototype.slice.call(form.querySelectorAll('.cx-block'));
        var current = 0;
        var draftTimer = null;
        var picker = root.querySelector('.cx-department-select');
        var mode = status === 'OPEN' ? 'answer' : (picker ? 'pick' : 'view');

        // ---- the block-by-block flow ----
        var stepLabel = el('p', { className: 'cx-step-label', 'aria-live': 'polite' });
        var bar = el('span', { className: 'cx-progress-fill' });
        var progress = form.querySelector('.cx-progress');
        var progressBar = el('div', { className: 'cx-progress-bar', role: 'progressbar', 'aria-valuemin': '0',
            'aria-labelledby': progress.id }, [bar]);
        var back = el('button', { type: 'button', className: 'aui-button cx-back',
            text: AJS.I18n.getText('cx-maturity.form.back') });
        var next = el('button', { type: 'button', className: 'aui-button aui-button-primary cx-next',
            text: AJS.I18n.getText('cx-maturity.form.next') });
        var submit = form.querySelector('.cx-submit');
        var draftState = form.querySelector('.cx-draft-state');
        progress.parentNode.insertBefore(el('div', { className: 'cx-steps' }, [stepLabel, progressBar]),
            progress.nextSibling);
        var actions = form.querySelector('.cx-actions .buttons');
        if (actions) {
            actions.insertBefore(next, actions.firstChild);
            actions.insertBefore(back, actions.firstChild);
        }
        blocks.forEach(function (block) {
            var heading = block.querySelector('.cx-block-title');
            heading.setAttribute('tabindex', '-1');
        });

        function updateProgress() {
            var questions = scoredQuestions(form);
            var done = questions.filter(answered).length;
            progress.textContent = AJS.I18n.getText('cx-maturity.form.progress', done, questions.length);
            progressBar.setAttribute('aria-valuemax', String(questions.length));
            progressBar.setAttribute('aria-valuenow', String(done));
            progressBar.setAttribute('aria-valuetext', progress.textContent);
            bar.style.width = (questions.length ? Math.round(done * 100 / questions.length) : 0) + '%';
        }

        function show(index, focus) {
            current = Math.max(0, Math.min(blocks.length - 1, index));
            var stepping = mode !== 'view';
            blocks.forEach(function (block, i) {
                block.hidden = stepping && i !== current;
            });
            var title = blocks[current].querySelector('.cx-block-title').textContent;
            stepLabel.textContent = AJS.I18n.getText('cx-maturity.form.step', current + 1, blocks.length) + ' · ' + title;
            stepLabel.hidden = !stepping;
            back.hidden = !stepping;
            next.hidden = !stepping || current === blocks.length - 1;
            back.disabled = current === 0;
            if (submit) {
                submit.hidden = stepping && current !== blocks.length - 1;
            }
            if (focus) {
                blocks[current].querySelector('.cx-block-title').focus();
            }
        }

        back.addEventListener('click', function () {
            show(current - 1, true);
        });
        next.addEventListener('click', function () {
            show(current + 1, true);
        });

        // ---- drafts ----
        // "Draft saved" only when the latest change is what the server holds: an answer given while an older
        // save was on its way keeps the form "unsaved" until its own save comes back.
        var changes = 0;

        function saveDraft() {
            draftTimer = null;
            if (mode !== 'answer') {
                return;
            }
            var saving = changes;
            draftState.textContent = AJS.I18n.getText('cx-maturity.form.saving');
            request('PUT', '/drafts', { spaceKey: spaceKey, roundId: roundId, answers: collectAnswers(form) })
                .then(function (res) {
                    if (saving === changes) {
                        draftState.textContent = res.status === 200 ? AJS.I18n.getText('cx-maturity.form.draft-saved')
                            : AJS.I18n.getText('cx-maturity.form.draft-failed');
                    }
                }, function () {
                    if (saving === changes) {
                        draftState.textContent = AJS.I18n.getText('cx-maturity.form.draft-failed');
                    }
                });
        }

        form.addEventListener('change', function (event) {
            var fieldset = event.target.closest ? event.target.closest('.cx-question') : null;
            if (fieldset) {
                fieldset.classList.remove('cx-invalid');
                fieldset.removeAttribute('aria-invalid');
            }
            updateProgress();
            if (mode === 'answer') {
                changes++;
                draftState.textContent = AJS.I18n.getText('cx-maturity.form.unsaved');
                if (draftTimer) {
                    clearTimeout(draftTimer);
                }
                draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
            }
        });

        // ---- submitting and changing ----
        function goToQuestion(fieldset) {
            var block = fieldset.closest('.cx-block');
            show(blocks.indexOf(block), false);
            fieldset.classList.add('cx-invalid');
            fieldset.setAttribute('aria-invalid', 'true');
            var input = fieldset.querySelector('input, textarea');
            if (input) {
                input.focus();
            }
        }

        function showResult(body) {
            var old = root.querySelector('.cx-own-result');
            if (old) {
                old.parentNode.removeChild(old);
            }
            var revisable = !anonymous;
            var section = resultSection(body.result, revisable);
            root.insertBefore(section, form);
            bindRevise(section);
            section.focus();
        }

        function bindRevise(scope) {
            var button = scope.querySelector('.cx-revise');
            if (!button) {
                return;
            }
            button.addEventListener('click', function () {
                mode = 'revise';
                setInputsEnabled(form, true);
                if (submit) {
                    submit.textContent = AJS.I18n.getText('cx-maturity.form.save-changes');
                    submit.disabled = false;
                }
                form.hidden = false;
                show(0, true);
            });
        }

        // ---- the respondent picks their department (several answer this set and the page names none) ----
        function applyAnswers(answers) {
            (answers || []).forEach(function (a) {
                var fieldset = form.querySelector('.cx-question[data-question="' + a.question + '"]');
                if (!fieldset) {
                    return;
                }
                var input = a.na ? fieldset.querySelector('input[data-na="true"]')
                    : fieldset.querySelector('input[value="' + a.value + '"]');
                if (input) {
                    input.checked = true;
                }
                var text = fieldset.querySelector('textarea');
                if (text && a.comment) {
                    text.value = a.comment;
                }
            });
        }

        if (picker) {
            setInputsEnabled(form, false);
            var anonymousNote = root.querySelector('.cx-anonymous-note');
            picker.addEventListener('change', function () {
                var key = picker.value;
                setInputsEnabled(form, false);
                mode = 'pick';
                if (!key) {
                    return;
                }
                request('GET', '/departments/' + encodeURIComponent(key) + '/rounds?spaceKey='
                    + encodeURIComponent(spaceKey)).then(function (res) {
                    if (res.status !== 200) {
                        setFeedback(root, 'error', (res.body && res.body.message)
                            || AJS.I18n.getText('cx-maturity.form.department-failed'));
                        return null;
                    }
                    var open = (res.body || []).filter(function (r) {
                        return r.status === 'OPEN';
                    })[0];
                    if (!open) {
                        setFeedback(root, 'info', AJS.I18n.getText('cx-maturity.form.department-no-round'));
                        return null;
                    }
                    roundId = open.id;
                    anonymous = open.anonymous;
                    root.setAttribute('data-round-id', String(roundId));
                    root.setAttribute('data-anonymous', anonymous ? 'true' : 'false');
                    anonymousNote.hidden = !anonymous;
                    var query = '?spaceKey=' + encodeURIComponent(spaceKey) + '&roundId=' + roundId;
                    return request('GET', '/responses/mine' + query).then(function (mine) {
                        if (mine.body && mine.body.submitted) {
                            setFeedback(root, 'info', AJS.I18n.getText('cx-maturity.form.department-done'));
                            return null;
                        }
                        return request('GET', '/drafts' + query).then(function (draft) {
                            if (draft.status === 200 && draft.body) {
                                applyAnswers(draft.body.answers);
                            }
                            mode = 'answer';
                            setInputsEnabled(form, true);
                            setFeedback(root, null, null);
                            updateProgress();
                            show(0, true);
                        });
                    });
                }).catch(function () {
                    setFeedback(root, 'error', AJS.I18n.getText('cx-maturity.form.department-failed'));
                });
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (mode === 'pick') {
                setFeedback(root, 'warning', AJS.I18n.getText('cx-maturity.form.choose-department-first'));
                picker.focus();
                return;
            }
            if (mode === 'view') {
                return;
            }
            var missing = scoredQuestions(form).filter(function (q) {
                return !answered(q);
            })[0];
            if (missing) {
                setFeedback(root, 'warning', AJS.I18n.getText('cx-maturity.form.answer-all'));
                goToQuestion(missing);
                return;
            }
            if (draftTimer) {
                clearTimeout(draftTimer);
                draftTimer = null;
            }
            submit.disabled = true;
            submit.setAttribute('aria-busy', 'true');
            setFeedback(root, 'info', AJS.I18n.getText('cx-maturity.form.sending'));
            var call = mode === 'revise'
                ? request('PUT', '/responses/' + encodeURIComponent(responseId),
                    { spaceKey: spaceKey, answers: collectAnswers(form) })
                : request('POST', '/responses', { spaceKey: spaceKey, roundId: roundId, answers: collectAnswers(form) });
            call.then(function (res) {
                submit.removeAttribute('aria-busy');
                if (res.status === 200 || res.status === 201) {
                    var revised = mode === 'revise';
                    mode = 'view';
                    responseId = res.body.id;
                    root.setAttribute('data-status', 'SUBMITTED');
                    root.setAttribute('data-response-id', responseId);
                    setInputsEnabled(form, false);
                    submit.hidden = true;
                    show(current, false);
                    setFeedback(root, 'success', revised ? AJS.I18n.getText('cx-maturity.result.changed')
                        : AJS.I18n.getText('cx-maturity.form.thanks'));
                    showResult(res.body);
                    root.dispatchEvent(new CustomEvent('cx-submitted', { bubbles: true, detail: res.body }));
                } else {
                    submit.disabled = false;
                    var body = res.body || {};
                    setFeedback(root, 'error', body.message || AJS.I18n.getText('cx-maturity.form.failed'));
                    var match = /^answers\[(\d+)\]/.exec(body.field || '');
                    if (match) {
                        var answer = collectAnswers(form)[parseInt(match[1], 10)];
                        var fieldset = answer && form.querySelector('.cx-question[data-question="' + answer.question + '"]');
                        if (fieldset) {
                            goToQuestion(fieldset);
                        }
                    }
                }
            }, function () {
                submit.disabled = false;
                submit.removeAttribute('aria-busy');
                setFeedback(root, 'error', AJS.I18n.getText('cx-maturity.form.offline'));
            });
        });

        bindRevise(root);
        updateProgress();
        show(0, false);
    }

    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.cx-assessment'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());

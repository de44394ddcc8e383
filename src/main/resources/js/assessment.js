/*
 * CX Maturity: makes the server-rendered assessment form interactive. Answers are saved as a draft while
 * the respondent goes, and submitted over REST; errors come back as JSON in the reader's language.
 */
(function () {
    'use strict';

    var DRAFT_DELAY_MS = 1200;

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
            if (res.status === 204) {
                return { status: 204, body: null };
            }
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

    /** The answers currently chosen in the form, in the REST API's shape. */
    function collectAnswers(form) {
        var answers = [];
        var questions = form.querySelectorAll('.cx-question');
        Array.prototype.forEach.call(questions, function (fieldset) {
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

    function answeredCount(form) {
        return collectAnswers(form).length;
    }

    function setFeedback(root, kind, message) {
        var box = root.querySelector('.cx-feedback');
        if (!box) {
            return;
        }
        box.innerHTML = '';
        if (!message) {
            return;
        }
        var div = document.createElement('div');
        div.className = 'aui-message aui-message-' + kind;
        var p = document.createElement('p');
        p.textContent = message;
        div.appendChild(p);
        box.appendChild(div);
    }

    function markInvalid(root, field) {
        Array.prototype.forEach.call(root.querySelectorAll('.cx-invalid'), function (el) {
            el.classList.remove('cx-invalid');
            el.removeAttribute('aria-invalid');
        });
        var match = /^answers\[(\d+)\]/.exec(field || '');
        if (!match) {
            return;
        }
        var answers = collectAnswers(root.querySelector('form'));
        var answer = answers[parseInt(match[1], 10)];
        if (!answer) {
            return;
        }
        var fieldset = root.querySelector('.cx-question[data-question="' + answer.question + '"]');
        if (fieldset) {
            fieldset.classList.add('cx-invalid');
            fieldset.setAttribute('aria-invalid', 'true');
            var first = fieldset.querySelector('input, textarea');
            if (first) {
                first.focus();
            }
        }
    }

    function firstUnanswered(form) {
        var questions = form.querySelectorAll('.cx-question');
        for (var i = 0; i < questions.length; i++) {
            var fieldset = questions[i];
            if (fieldset.getAttribute('data-kind') === 'COMMENT') {
                continue;
            }
            if (!fieldset.querySelector('input[type=radio]:checked')) {
                return fieldset;
            }
        }
        return null;
    }

    function updateProgress(root, form) {
        var progress = root.querySelector('.cx-progress');
        var total = parseInt(root.getAttribute('data-question-count'), 10) || 0;
        if (progress) {
            progress.textContent = AJS.I18n.getText('cx-maturity.form.progress', answeredCount(form), total);
        }
    }

    function disable(form) {
        Array.prototype.forEach.call(form.querySelectorAll('input, textarea, button'), function (el) {
            el.disabled = true;
        });
        form.classList.add('cx-readonly');
    }

    function init(root) {
        var form = root.querySelector('form.cx-form');
        if (!form || root.getAttribute('data-status') !== 'OPEN' || root.getAttribute('data-cx-ready')) {
            return;
        }
        root.setAttribute('data-cx-ready', 'true');
        var spaceKey = root.getAttribute('data-space-key');
        var roundId = parseInt(root.getAttribute('data-round-id'), 10);
        var draftTimer = null;
        var draftState = root.querySelector('.cx-draft-state');
        var submitted = false;

        function saveDraft() {
            draftTimer = null;
            if (submitted) {
                return;
            }
            request('PUT', '/drafts', { spaceKey: spaceKey, roundId: roundId, answers: collectAnswers(form) })
                .then(function (res) {
                    if (draftState && res.status === 200) {
                        draftState.textContent = AJS.I18n.getText('cx-maturity.form.draft-saved');
                    }
                });
        }

        form.addEventListener('change', function () {
            updateProgress(root, form);
            if (draftState) {
                draftState.textContent = '';
            }
            if (draftTimer) {
                clearTimeout(draftTimer);
            }
            draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var missing = firstUnanswered(form);
            if (missing) {
                setFeedback(root, 'warning', AJS.I18n.getText('cx-maturity.form.answer-all'));
                missing.classList.add('cx-invalid');
                var input = missing.querySelector('input');
                if (input) {
                    input.focus();
                }
                return;
            }
            if (draftTimer) {
                clearTimeout(draftTimer);
                draftTimer = null;
            }
            var button = form.querySelector('.cx-submit');
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            setFeedback(root, 'info', AJS.I18n.getText('cx-maturity.form.sending'));
            request('POST', '/responses', { spaceKey: spaceKey, roundId: roundId, answers: collectAnswers(form) })
                .then(function (res) {
                    button.removeAttribute('aria-busy');
                    if (res.status === 201) {
                        submitted = true;
                        disable(form);
                        root.setAttribute('data-status', 'SUBMITTED');
                        root.setAttribute('data-response-id', res.body.id);
                        setFeedback(root, 'success', AJS.I18n.getText('cx-maturity.form.thanks'));
                        root.dispatchEvent(new CustomEvent('cx-submitted', { bubbles: true, detail: res.body }));
                    } else {
                        button.disabled = false;
                        var body = res.body || {};
                        setFeedback(root, 'error', body.message || AJS.I18n.getText('cx-maturity.form.failed'));
                        markInvalid(root, body.field);
                    }
                })
                .catch(function () {
                    button.disabled = false;
                    button.removeAttribute('aria-busy');
                    setFeedback(root, 'error', AJS.I18n.getText('cx-maturity.form.offline'));
                });
        });

        updateProgress(root, form);
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

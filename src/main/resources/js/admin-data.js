/*
 * Space admin screen, tab "Export and import": a round's responses and results as CSV or XLSX; a question set
 * as JSON (export and import as the next version); the whole space as one JSON document, and its import into
 * an empty space. Files are read in the browser and sent as JSON; nothing is stored when the server refuses.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;

    function link(href, label, file) {
        return A.el('a', { className: 'aui-button', href: A.contextPath() + '/rest/cx-maturity/1.0' + href,
            download: file || true, text: label });
    }

    function readFile(input) {
        return new Promise(function (resolve, reject) {
            var file = input.files && input.files[0];
            if (!file) {
                reject(new Error('none'));
                return;
            }
            var reader = new FileReader();
            reader.onload = function () {
                resolve(reader.result);
            };
            reader.onerror = function () {
                reject(reader.error);
            };
            reader.readAsText(file, 'UTF-8');
        });
    }

    /** Posts a JSON file; shows the server's answer (counts or every problem) in `out`. */
    function upload(input, path, out, describe) {
        A.clear(out);
        return readFile(input).then(function (textValue) {
            return A.api('POST', path, textValue);
        }, function () {
            out.appendChild(A.message('error', AJS.I18n.getText('cx-maturity.admin.data.no-file')));
            input.focus();
            return null;
        }).then(function (reply) {
            if (!reply) {
                return;
            }
            if (reply.ok) {
                out.appendChild(A.message('success', describe(reply.body)));
                A.announce(describe(reply.body));
                A.refresh('departments');
                document.dispatchEvent(new CustomEvent('cx-admin-imported'));
                A.refresh('sets');
                A.refresh('audit');
                return;
            }
            var body = reply.body || {};
            var box = A.message('error', A.errorText(reply));
            if (body.problems && body.problems.length) {
                box.appendChild(A.el('ul', {}, body.problems.map(function (p) {
                    return A.el('li', {}, [A.el('code', { text: p.field || '' }), ' ' + p.message]);
                })));
            }
            out.appendChild(box);
            A.announce(A.errorText(reply), 'error');
        });
    }

    function roundSection(departments) {
        var roundSelect = A.select('exportRound', [], null);
        var links = A.el('div', { className: 'cx-export-links', 'aria-live': 'polite' });
        var departmentSelect = A.select('exportDepartment', departments.map(function (d) {
            return { value: d.key, label: d.name };
        }), null);
        function showLinks() {
            A.clear(links);
            var id = roundSelect.value;
            if (!id) {
                return;
            }
            var name = roundSelect.options[roundSelect.selectedIndex].text;
            var q = '?spaceKey=' + encodeURIComponent(A.space());
            links.appendChild(A.el('p', { text: AJS.I18n.getText('cx-maturity.admin.data.responses') }));
            links.appendChild(A.el('div', { className: 'aui-buttons' }, [
                link('/exports/rounds/' + id + '/responses.csv' + q, 'CSV'),
                link('/exports/rounds/' + id + '/responses.xlsx' + q, 'XLSX')]));
            links.appendChild(A.el('p', { text: AJS.I18n.getText('cx-maturity.admin.data.results') }));
            links.appendChild(A.el('div', { className: 'aui-buttons' }, [
                link('/exports/rounds/' + id + '/results.csv' + q, 'CSV'),
                link('/exports/rounds/' + id + '/results.xlsx' + q, 'XLSX')]));
            links.querySelectorAll('a').forEach(function (a, i) {
                a.setAttribute('aria-label', (i < 2 ? AJS.I18n.getText('cx-maturity.admin.data.responses')
                    : AJS.I18n.getText('cx-maturity.admin.data.results')) + ', ' + name + ', ' + a.textContent);
            });
        }
        function loadRounds() {
            A.clear(roundSelect);
            A.clear(links);
            if (!departmentSelect.value) {
                return;
            }
            A.api('GET', '/departments/' + encodeURIComponent(departmentSelect.value) + '/rounds?spaceKey='
                + encodeURIComponent(A.space())).then(function (reply) {
                (reply.ok ? reply.body : []).forEach(function (r) {
                    roundSelect.appendChild(A.el('option', { value: r.id, text: r.name }));
                });
                showLinks();
            });
        }
        departmentSelect.addEventListener('change', loadRounds);
        roundSelect.addEventListener('change', showLinks);
        loadRounds();
        return A.el('section', { className: 'cx-data-part' }, [
            A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.data.round-title') }),
            A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.data.round-lead') }),
            A.el('form', { className: 'aui', onsubmit: function (e) {
                e.preventDefault();
            } }, [
                A.field(AJS.I18n.getText('cx-maturity.admin.department.name'), departmentSelect),
                A.field(AJS.I18n.getText('cx-maturity.admin.round.name'), roundSelect)
            ]),
            links
        ]);
    }

    function fileForm(name, label, help, buttonLabel, path, describe) {
        var input = A.el('input', { type: 'file', accept: 'application/json,.json', className: 'upfile', name: name });
        var out = A.el('div', { 'aria-live': 'polite' });
        var form = A.form([A.field(label, input, help)], buttonLabel, function () {
            return upload(input, path(), out, describe);
        });
        form.appendChild(out);
        return form;
    }

    function render(pane) {
        A.load(pane, '/departments?spaceKey=' + encodeURIComponent(A.space())).then(function (departments) {
            A.clear(pane);
            var rounds = roundSection(departments);
            pane.appendChild(rounds);
            currentRounds = rounds;
            pane.appendChild(A.el('section', { className: 'cx-data-part' }, [
                A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.data.set-title') }),
                A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.data.set-lead') }),
                fileForm('setFile', AJS.I18n.getText('cx-maturity.admin.data.set-file'), null,
                    AJS.I18n.getText('cx-maturity.admin.data.set-import'), function () {
                        return '/question-sets/import?spaceKey=' + encodeURIComponent(A.space());
                    }, function (body) {
                        return AJS.I18n.getText('cx-maturity.admin.data.set-imported', body.key, body.version);
                    })
            ]));
            pane.appendChild(A.el('section', { className: 'cx-data-part' }, [
                A.el('h3', { text: AJS.I18n.getText('cx-maturity.admin.data.space-title') }),
                A.el('p', { className: 'cx-admin-lead', text: AJS.I18n.getText('cx-maturity.admin.data.space-lead') }),
                link('/exports/space?spaceKey=' + encodeURIComponent(A.space()),
                    AJS.I18n.getText('cx-maturity.admin.data.space-export'), 'cx-' + A.space() + '.json'),
                fileForm('spaceFile', AJS.I18n.getText('cx-maturity.admin.data.space-file'),
                    AJS.I18n.getText('cx-maturity.admin.data.space-file-help'),
                    AJS.I18n.getText('cx-maturity.admin.data.space-import'), function () {
                        return '/imports/space?spaceKey=' + encodeURIComponent(A.space());
                    }, function (r) {
                        return AJS.I18n.getText('cx-maturity.admin.data.space-imported', r.questionSets, r.departments,
                            r.rounds, r.responses, r.blockOwners, r.initiatives);
                    })
            ]));
        }).catch(function () {
            // shown in the pane already
        });
    }

    // after an import the space has new departments and rounds: offer them for export at once (one listener,
    // whatever the number of times the tab is drawn)
    var currentRounds = null;
    document.addEventListener('cx-admin-imported', function () {
        A.api('GET', '/departments?spaceKey=' + encodeURIComponent(A.space())).then(function (reply) {
            if (reply.ok && currentRounds && currentRounds.parentNode) {
                var fresh = roundSection(reply.body);
                currentRounds.parentNode.replaceChild(fresh, currentRounds);
                currentRounds = fresh;
            }
        });
    });

    A.tab('data', render);
}());

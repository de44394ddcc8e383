/*
 * Space admin screen, tab "Settings": who may see results (all viewers; space admins and block owners; named
 * groups), the default minimum group size of new rounds and the default language of the built-in sets.
 */
(function () {
    'use strict';

    var A = window.CxAdmin;

    function radio(name, value, label, help, checked) {
        var id = 'cx-r-' + name + '-' + value;
        var box = A.el('input', { className: 'radio', type: 'radio', name: name, id: id, value: value,
            'aria-describedby': id + '-help' });
        box.checked = checked;
        return A.el('div', { className: 'radio' }, [box, A.el('label', { 'for': id, text: label }),
            A.el('div', { className: 'description', id: id + '-help', text: help })]);
    }

    function render(pane) {
        A.load(pane, '/settings?spaceKey=' + encodeURIComponent(A.space())).then(function (s) {
            var groups = A.el('textarea', { className: 'textarea', name: 'groups', rows: '3' });
            groups.value = (s.groups || []).join('\n');
            var visibility = A.el('fieldset', { className: 'group' }, [
                A.el('legend', {}, [A.el('span', { text: AJS.I18n.getText('cx-maturity.admin.settings.visibility') })]),
                radio('visibility', 'ALL_VIEWERS', AJS.I18n.getText('cx-maturity.admin.settings.all'),
                    AJS.I18n.getText('cx-maturity.admin.settings.all-help'), s.visibility === 'ALL_VIEWERS'),
                radio('visibility', 'ADMINS_AND_OWNERS', AJS.I18n.getText('cx-maturity.admin.settings.owners'),
                    AJS.I18n.getText('cx-maturity.admin.settings.owners-help'), s.visibility === 'ADMINS_AND_OWNERS'),
                radio('visibility', 'GROUPS', AJS.I18n.getText('cx-maturity.admin.settings.groups'),
                    AJS.I18n.getText('cx-maturity.admin.settings.groups-help'), s.visibility === 'GROUPS'),
                A.el('div', { className: 'error cx-field-error', id: 'cx-visibility-error', 'aria-live': 'polite' })
            ]);
            var groupsField = A.field(AJS.I18n.getText('cx-maturity.admin.settings.group-names'), groups,
                AJS.I18n.getText('cx-maturity.admin.settings.group-names-help'));
            function showGroups() {
                var chosen = pane.querySelector('input[name="visibility"]:checked');
                groupsField.hidden = !chosen || chosen.value !== 'GROUPS';
            }
            visibility.addEventListener('change', showGroups);
            var form = A.form([
                visibility,
                groupsField,
                A.field(AJS.I18n.getText('cx-maturity.admin.settings.min-group'), A.input('minGroupSize', s.minGroupSize,
                    { type: 'number', min: '1', max: '100', className: 'text short-field' }),
                    AJS.I18n.getText('cx-maturity.admin.settings.min-group-help')),
                A.field(AJS.I18n.getText('cx-maturity.admin.settings.language'), A.select('defaultLanguage', [
                    { value: 'en', label: 'English' }, { value: 'ru', label: 'Русский' },
                    { value: 'uk', label: 'Українська' }], s.defaultLanguage))
            ], AJS.I18n.getText('cx-maturity.admin.save'), function (f) {
                var chosen = f.querySelector('input[name="visibility"]:checked');
                return A.api('PUT', '/settings', {
                    spaceKey: A.space(),
                    visibility: chosen ? chosen.value : null,
                    groups: A.value(f, 'groups').split('\n').map(function (g) {
                        return g.trim();
                    }).filter(function (g) {
                        return g.length > 0;
                    }),
                    minGroupSize: A.value(f, 'minGroupSize', 'number'),
                    defaultLanguage: A.value(f, 'defaultLanguage')
                }).then(function (reply) {
                    if (reply.ok) {
                        A.clearErrors(f);
                        A.announce(AJS.I18n.getText('cx-maturity.admin.saved'));
                        A.refresh('audit');
                    }
                    return reply;
                });
            });
            A.clear(pane).appendChild(form);
            showGroups();
        }).catch(function () {
            // shown in the pane already
        });
    }

    A.tab('settings', render);
}());

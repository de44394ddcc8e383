/*
 * CX Maturity in Confluence's macro browser: the "Question set" and "Department" parameters of cx-assessment
 * (and "Question set" of cx-results and cx-roadmap) become drop-downs filled from the space's own sets and
 * departments, so an author picks instead of typing keys. Empty keeps the macro's default (the department's
 * set; respondents choose their department). Uses the macro browser's field overrides
 * (AJS.MacroBrowser.setMacroJsOverride with fields.string.<param>).
 */
(function () {
    'use strict';

    if (!window.AJS || !AJS.MacroBrowser || typeof AJS.MacroBrowser.setMacroJsOverride !== 'function') {
        return;
    }

    var chosen = {};

    function spaceKey() {
        return AJS.Meta && typeof AJS.Meta.get === 'function' ? AJS.Meta.get('space-key') : null;
    }

    function restBase() {
        return (typeof AJS.contextPath === 'function' ? AJS.contextPath() : '') + '/rest/cx-maturity/1.0';
    }

    function option(value, label) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = label;
        return o;
    }

    /** A select field for a string parameter, filled from a REST list once it arrives. */
    function dropDown(param, options, path, emptyLabel, toOption) {
        var field = AJS.MacroBrowser.ParameterFields['enum'](param, options);
        var select = field.input && field.input.get ? field.input.get(0) : field.input;
        while (select.firstChild) {
            select.removeChild(select.firstChild);
        }
        select.appendChild(option('', emptyLabel));
        var space = spaceKey();
        if (!space) {
            return field;
        }
        fetch(restBase() + path + (path.indexOf('?') < 0 ? '?' : '&') + 'spaceKey=' + encodeURIComponent(space),
            { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (res) {
                return res.ok ? res.json() : [];
            })
            .then(function (items) {
                items.map(toOption).filter(Boolean).forEach(function (o) {
                    select.appendChild(option(o.value, o.label));
                });
                var wanted = chosen[param.name];
                if (wanted) {
                    if (!Array.prototype.some.call(select.options, function (o) {
                        return o.value === wanted;
                    })) {
                        select.appendChild(option(wanted, wanted)); // keep a value the list no longer has
                    }
                    select.value = wanted;
                }
            });
        return field;
    }

    function setField(param, options) {
        return dropDown(param, options, '/question-sets', AJS.I18n.getText('cx-maturity.macro-browser.set.default'),
            function (s) {
                return { value: s.key, label: s.title };
            });
    }

    function departmentField(param, options) {
        return dropDown(param, options, '/departments', AJS.I18n.getText('cx-maturity.macro-browser.department.choose'),
            function (d) {
                return d.archived ? null : { value: d.key, label: d.name };
            });
    }

    function remember(params) {
        chosen = {};
        Object.keys(params || {}).forEach(function (k) {
            chosen[k] = params[k];
        });
        return params;
    }

    AJS.MacroBrowser.setMacroJsOverride('cx-assessment', {
        beforeParamsSet: remember,
        fields: { string: { set: setField, department: departmentField } }
    });
    AJS.MacroBrowser.setMacroJsOverride('cx-results', {
        beforeParamsSet: remember,
        fields: { string: { set: setField } }
    });
    AJS.MacroBrowser.setMacroJsOverride('cx-roadmap', {
        beforeParamsSet: remember,
        fields: { string: { set: setField, department: function (param, options) {
            return dropDown(param, options, '/departments', AJS.I18n.getText('cx-maturity.macro-browser.department.all'),
                function (d) {
                    return d.archived ? null : { value: d.key, label: d.name };
                });
        } } }
    });
}());

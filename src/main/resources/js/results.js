/*
 * CX Maturity: tooltips on the results charts and heat maps. Everything is readable without this script
 * (the SVG titles and the tables carry the same numbers); it only shows them where the pointer or focus is.
 */
(function () {
    'use strict';

    var tip = null;

    function show(target, x, y) {
        var text = target.getAttribute('data-tooltip');
        if (!text) {
            return;
        }
        if (!tip) {
            tip = document.createElement('div');
            tip.className = 'cx-tooltip';
            tip.setAttribute('role', 'tooltip');
            document.body.appendChild(tip);
        }
        tip.textContent = text;
        tip.style.left = (x + window.pageXOffset + 12) + 'px';
        tip.style.top = (y + window.pageYOffset + 12) + 'px';
        tip.style.display = 'block';
    }

    function hide() {
        if (tip) {
            tip.style.display = 'none';
        }
    }

    function init(root) {
        if (root.getAttribute('data-cx-ready')) {
            return;
        }
        root.setAttribute('data-cx-ready', 'true');
        root.addEventListener('mouseover', function (e) {
            var target = e.target.closest ? e.target.closest('[data-tooltip]') : null;
            if (target) {
                show(target, e.clientX, e.clientY);
            }
        });
        root.addEventListener('mouseout', hide);
        Array.prototype.forEach.call(root.querySelectorAll('.cx-cell[data-tooltip]'), function (cell) {
            cell.setAttribute('tabindex', '0');
            cell.addEventListener('focus', function () {
                var box = cell.getBoundingClientRect();
                show(cell, box.left, box.bottom);
            });
            cell.addEventListener('blur', hide);
        });
    }

    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.cx-results'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());

/**
 * File formats of the exports: a {@link io.cxmaturity.service.Workbook} as RFC 4180 CSV or as an XLSX workbook
 * (written with the embedded fastexcel library). Nothing here decides what an export contains or who may have it.
 */
package io.cxmaturity.export;

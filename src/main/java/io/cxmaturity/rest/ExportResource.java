package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.cxmaturity.export.CsvFormat;
import io.cxmaturity.export.XlsxFormat;
import io.cxmaturity.service.ExportService;
import io.cxmaturity.service.TransferService;
import io.cxmaturity.service.Workbook;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** Downloads: a round's responses and results as CSV or XLSX, and a space's whole assessment data as JSON. */
@Path("/exports")
public class ExportResource {
    private final ExportService exports;
    private final TransferService transfers;

    @Inject
    public ExportResource(ExportService exports, TransferService transfers) {
        this.exports = exports;
        this.transfers = transfers;
    }

    /**
     * {@code responses.csv|xlsx}: one row per response (space admins; audited); {@code results.csv|xlsx}: n,
     * median, IQR, mean, min, max and stage per set, block and question (whoever may read the space's results).
     * CSV is UTF-8 with a BOM, RFC 4180, text that a spreadsheet would run as a formula prefixed with an
     * apostrophe. 200 (attachment); 401; 403 not a space admin / results hidden; 404 unknown space or round;
     * 409 responses of a round below its minimum group size.
     */
    @GET
    @Path("/rounds/{id}/{part: responses|results}.{format: csv|xlsx}")
    @AnonymousSiteAccess
    public Response round(@PathParam("id") long roundId, @PathParam("part") String part,
                          @PathParam("format") String format, @QueryParam("spaceKey") String spaceKey) {
        Workbook workbook = "responses".equals(part) ? exports.responses(spaceKey, roundId, format)
                : exports.results(spaceKey, roundId);
        boolean csv = "csv".equals(format);
        byte[] body = csv ? CsvFormat.write(workbook.sheets().get(0)) : XlsxFormat.write(workbook);
        return Response.ok(body, csv ? CsvFormat.MEDIA_TYPE : XlsxFormat.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(workbook.name(), format))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * The space's assessment data as one JSON document that {@code POST /imports/space} takes (space admins;
     * audited). 200 (attachment); 401; 403; 404.
     */
    @GET
    @Path("/space")
    @LicensedOnly
    public Response space(@QueryParam("spaceKey") String spaceKey) {
        String body = Json.write(transfers.exportSpace(spaceKey));
        return Response.ok(body, Json.UTF8_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition("cx-" + spaceKey + "-space", "json"))
                .build();
    }
}

package io.cxmaturity.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Writes response bodies with the plugin's own mapper, so the JSON is the same whatever provider the REST
 * module of the Confluence version configures.
 */
final class Json {
    static final String UTF8_JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Response ok(Object value) {
        return Response.ok(write(value), UTF8_JSON).build();
    }

    static Response status(int status, Object value) {
        return Response.status(status).type(UTF8_JSON).entity(write(value)).build();
    }
}

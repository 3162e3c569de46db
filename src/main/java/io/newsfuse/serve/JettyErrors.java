package io.newsfuse.serve;

import io.newsfuse.support.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before a request reaches the routes (a malformed URL or header, a
 * request too large): a one-line JSON error with the same security headers as every other answer,
 * instead of Jetty's bare HTML page.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.all().forEach(fields::put);
        fields.put("Content-Type", "application/json;charset=utf-8");
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.all().forEach(response::setHeader);
        response.setContentType("application/json;charset=utf-8");
        Object message = request.getAttribute("jakarta.servlet.error.message");
        response.getWriter().write(body(response.getStatus(), message == null ? null : message.toString()));
        baseRequest.setHandled(true);
    }

    private static String body(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return Json.write(java.util.Map.of("error", why));
    }
}

package bi.ppsm.site.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself sends when it refuses a request before the application sees it (a
 * malformed URL, headers that are too large...): in French, from the message bundle, without
 * server name, version or stack trace, with the same security headers as every other answer.
 */
class FrenchErrorReportValve extends ErrorReportValve {

	private final ResourceBundle messages = ResourceBundle.getBundle("i18n/messages", Locale.ROOT);

	FrenchErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String kind = (status == 404) ? "404" : (status < 500) ? "4xx" : "5xx";
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Content-Language", "fr");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", SecurityConfiguration.REFERRER_POLICY);
			response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
			if (request.isSecure()) {
				response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
			}
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
						+ text("error." + kind + ".title") + "</title></head><body><main><h1>" + text("error." + kind + ".title")
						+ "</h1><p>" + text("error." + kind + ".text") + "</p><p><a href=\"/\">" + text("error.home")
						+ "</a></p></main></body></html>");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is closed: nothing more can be sent
		}
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getString(key), "UTF-8");
	}

}

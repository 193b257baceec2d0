package bi.ppsm.site.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import bi.ppsm.site.account.StaffRole;
import bi.ppsm.site.security.Payloads.Payload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query parameter of every GET page (the public project filters, the sign-in pages, the
 * admin searches, pagers and filters), read from the controllers' signatures, fed with the
 * hostile values, one by one, twice over, and on the public pages in each language. Never a
 * 5xx, never live markup or a stack trace. (Raw malformed URLs are in PublicInputRobustnessIT.)
 */
class UrlParameterIT extends MockMvcSuite {

	/** GET pattern → the names of its query parameters, from @RequestParam and GET form objects. */
	Map<String, List<String>> parameters() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
				names.addAll(names(parameter));
			}
			if (!names.isEmpty()) {
				entry.getKey().getPatternValues().forEach(p -> parameters.put(p, names));
			}
		}
		return parameters;
	}

	private static List<String> names(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			String name = !param.name().isEmpty() ? param.name() : param.value();
			return List.of(!name.isEmpty() ? name : parameter.getParameterName());
		}
		Class<?> type = parameter.getParameterType();
		if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
			return Stream.of(type.getRecordComponents()).map(c -> c.getName()).toList();
		}
		if (type.isRecord() && !BeanUtils.isSimpleProperty(type)) {
			return Stream.of(type.getRecordComponents()).map(c -> c.getName()).toList();
		}
		return List.of();
	}

	@Test
	void everyQueryParameterSurvivesHostileValues() {
		Map<String, List<String>> parameters = parameters();
		assertThat(parameters.keySet()).as("GET pages with query parameters")
			.contains("/projets", "/recherche", "/admin/projets", "/admin/journal", "/admin/messages", "/login/nouveau-mot-de-passe");
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (var page : parameters.entrySet()) {
			boolean admin = page.getKey().startsWith("/admin");
			// a public page under a slug (a programme's list of projects) is tried on a real programme
			String plain = page.getKey().replace("{slug}", "rapatriement");
			List<String> paths = admin ? List.of(this.fixtures.url(page.getKey()))
					: List.of(plain, "/en" + plain, "/rn" + plain);
			for (String path : paths) {
				for (String name : page.getValue()) {
					for (Payload payload : Stream.concat(Payloads.TEXT.stream(), Payloads.TYPED.stream()).toList()) {
						String query = encode(name) + "=" + encode(payload.value());
						sent++;
						check(failures, path + "?" + name + " = " + payload, path + "?" + query, admin);
					}
					sent++;
					check(failures, path + "?" + name + " twice", path + "?" + encode(name) + "=1&" + encode(name)
							+ "=" + encode(Payloads.SCRIPT), admin);
				}
			}
		}
		assertThat(failures).as("GET pages fed with hostile query parameters").isEmpty();
		assertThat(sent).isGreaterThan(300);
	}

	private void check(List<String> failures, String label, String url, boolean admin) {
		MvcTestResult result = this.submissions.rolledBack(() -> {
			var request = this.mvc.get().uri(URI.create(url));
			if (admin) {
				request = request.with(Submissions.as(this.fixtures, StaffRole.ADMINISTRATOR));
			}
			return request.exchange();
		});
		Submissions.problems(result, false, url.startsWith("/en/") ? "en" : "fr")
			.forEach(p -> failures.add(label + ": " + p));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

package bi.ppsm.site.mail;

import java.util.Properties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP client, set from {@code spring.mail.*} (host, port, username, password, protocol,
 * default-encoding, ssl.enabled, properties.*) when the application starts.
 * <p>
 * Spring Boot defines its own only when {@code spring.mail.host} is set at the moment its
 * conditions are evaluated. In production the jar runs with its ahead-of-time processed
 * configuration (README, "Deploy it"), where conditions were evaluated when the jar was built,
 * without any SMTP host: Boot's client would then never exist. This one always exists and
 * follows the settings of each start; {@link OutboxSender} sends only when a host is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	JavaMailSenderImpl mailSender(MailProperties settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.getHost());
		if (settings.getPort() != null) {
			sender.setPort(settings.getPort());
		}
		sender.setUsername(settings.getUsername());
		sender.setPassword(settings.getPassword());
		String protocol = (settings.getProtocol() != null) ? settings.getProtocol() : "smtp";
		sender.setProtocol(protocol);
		if (settings.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(settings.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(settings.getProperties());
		if (settings.getSsl().isEnabled()) {
			javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

}

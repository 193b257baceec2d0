package bi.ppsm.site.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Staff sessions are stored in PostgreSQL by Spring Session JDBC (table from {@code db/V22}), so
 * that every instance behind a load balancer serves every signed-in staff member. A session
 * attribute written by an older version of the site that this version cannot read (a new
 * Spring Security after an upgrade, say) is dropped instead of failing every request: the staff
 * member simply signs in again.
 * <p>
 * Every request of a signed-in staff member sets the session's last access time; stored as is,
 * that is one transaction and one written row per page view. It is written again only when the
 * stored time is a minute old ({@link QuietSessionRepository}).
 */
@Configuration(proxyBeanMethods = false)
class StaffSessions {

	private static final Log logger = LogFactory.getLog(StaffSessions.class);

	/**
	 * Spring Session's JDBC store, wrapped so that a page view does not write the last access
	 * time again within a minute (see {@link QuietSessionRepository}).
	 */
	@Bean
	static BeanPostProcessor quietSessionTouches() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository repository) ? new QuietSessionRepository(repository)
						: bean;
			}

		};
	}

	@Bean
	ConversionService springSessionConversionService() {
		DeserializingConverter deserializer = new DeserializingConverter(StaffSessions.class.getClassLoader());
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				logger.warn("A stored session attribute could not be read and is ignored: " + ex.getMessage());
				return null;
			}
		});
		return conversions;
	}

}

package bi.ppsm.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import bi.ppsm.site.system.PpsmProperties;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PpsmProperties.class)
public class PpsmApplication {

	public static void main(String[] args) {
		SpringApplication.run(PpsmApplication.class, args);
	}

}

package bi.ppsm.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PpsmApplication {

	public static void main(String[] args) {
		SpringApplication.run(PpsmApplication.class, args);
	}

}

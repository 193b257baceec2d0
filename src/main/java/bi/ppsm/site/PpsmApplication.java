package bi.ppsm.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import bi.ppsm.site.backup.RestoreCommand;
import bi.ppsm.site.system.PpsmProperties;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PpsmProperties.class)
public class PpsmApplication {

	/** Starts the site; {@code --restore=<backup>} restores a backup instead (README "Backups and restore"). */
	public static void main(String[] args) {
		if (RestoreCommand.requested(args)) {
			System.exit(RestoreCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(PpsmApplication.class, args);
	}

}

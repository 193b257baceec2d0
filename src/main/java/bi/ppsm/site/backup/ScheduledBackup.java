package bi.ppsm.site.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import bi.ppsm.site.system.PpsmProperties;

/** The nightly backup, at ppsm.backup.cron when backups are enabled; "-" turns the schedule off. */
@Component
class ScheduledBackup implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

	private final Backups backups;

	private final String cron;

	ScheduledBackup(Backups backups, PpsmProperties properties) {
		this.backups = backups;
		this.cron = properties.backup().cron();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.backups.enabled() && !ScheduledTaskRegistrar.CRON_DISABLED.equals(this.cron)) {
			registrar.addCronTask(this::run, this.cron);
		}
	}

	void run() {
		try {
			this.backups.backUp();
		}
		catch (Backups.BackupFailed ex) {
			// already logged and kept for the admin page
			log.debug("Scheduled backup failed", ex);
		}
	}

}

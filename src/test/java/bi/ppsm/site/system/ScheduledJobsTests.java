package bi.ppsm.site.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sender and the retention job take their timing from the settings tree (here the
 * test overrides of {@code config/application.properties}: a pass every ten years, retention off).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScheduledJobsTests {

	@Autowired
	ScheduledTaskHolder scheduler;

	@Autowired
	PpsmProperties settings;

	@Test
	void theOutboxPassesFollowTheSettings() {
		Duration interval = this.settings.mail().outbox().interval();
		assertThat(interval).isEqualTo(Duration.ofDays(3650));
		assertThat(this.scheduler.getScheduledTasks()).map(ScheduledTask::getTask)
			.filteredOn(FixedDelayTask.class::isInstance)
			.map(FixedDelayTask.class::cast)
			.anySatisfy((task) -> {
				assertThat(task.getIntervalDuration()).isEqualTo(interval);
				assertThat(task.getInitialDelayDuration()).isEqualTo(interval);
			});
	}

	@Test
	void aDashDisablesTheRetentionJob() {
		assertThat(this.settings.retention().cron()).isEqualTo("-");
		assertThat(this.scheduler.getScheduledTasks()).map(ScheduledTask::getTask)
			.filteredOn(CronTask.class::isInstance)
			.map((task) -> ((CronTask) task).getExpression())
			.doesNotContain("0 30 3 * * *", "-");
	}

}

package cn.kaichuang.followup;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param months the survey waves, in months after a cohort completes ({@code kaichuang.followup.months=3,6,12})
 * @param reminderInterval how long an open survey waits between reminders
 * @param maxReminders reminders per survey before staff have to call instead
 */
@ConfigurationProperties("kaichuang.followup")
public record FollowupProperties(@DefaultValue({"3", "6", "12"}) List<Integer> months,
        @DefaultValue("7d") Duration reminderInterval, @DefaultValue("4") int maxReminders) {

    public FollowupProperties {
        months = months.stream().filter(m -> m != null && m > 0 && m <= 120).distinct().sorted().toList();
    }
}

package cn.kaichuang.attendance;

import cn.kaichuang.cohort.Ids.TraineeId;

/**
 * One trainee over a cohort's sessions held so far: present (checked in or corrected), excused
 * (approved leave), and the share present.
 */
public record TraineeAttendance(TraineeId trainee, String name, int present, int excused, int held) {

    public int percent() {
        return held == 0 ? 0 : Math.round(100f * present / held);
    }
}

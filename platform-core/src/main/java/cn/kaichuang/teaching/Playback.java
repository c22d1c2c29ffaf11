package cn.kaichuang.teaching;

import java.net.URI;
import java.time.Duration;

/** A short-lived link to a resource's file and the progress to resume from. */
public record Playback(ResourceView resource, URI url, Duration expiresIn, Progress progress) {
}

package org.factline.speaker;

/** Thrown when a speaker cannot be removed because claims are attributed to them. */
public class SpeakerInUseException extends RuntimeException {

    public SpeakerInUseException(String speakerName, Throwable cause) {
        super("Speaker '" + speakerName + "' has claims and cannot be deleted", cause);
    }
}

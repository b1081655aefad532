package org.factline.claim;

import org.factline.speaker.SpeakerKind;

/**
 * What a claim form asks for when the speaker's name matches no one recorded: a new speaker of this kind,
 * holding the role typed. Without a kind, the name must be an existing speaker's.
 */
public record NewSpeakerChoice(SpeakerKind kind, String role) {

    public static NewSpeakerChoice none() {
        return new NewSpeakerChoice(null, null);
    }
}

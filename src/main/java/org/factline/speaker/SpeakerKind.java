package org.factline.speaker;

public enum SpeakerKind {
    PERSON,
    ORGANISATION
}

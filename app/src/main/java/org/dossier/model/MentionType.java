package org.dossier.model;

/** What a mention names. */
public enum MentionType {
    PERSON, ORGANIZATION, LOCATION, EMAIL, PHONE, URL, MONEY, DATE
}

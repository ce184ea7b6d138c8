package org.dossier.model;

import java.util.List;

/**
 * Accounts the evidence suggests are one person, for the reporter to confirm or reject.
 *
 * @param accounts the accounts, the one with the fullest name first (a name that is only a number last)
 * @param why      what they share, in words ("names that match: 陈立 Chen Li · 陳立")
 */
public record PersonProposal(List<PersonAccount> accounts, String why) {
    public PersonProposal {
        accounts = List.copyOf(accounts);
    }
}

package io.relance.followup.agenda;

import io.relance.followup.TaskView;
import io.relance.party.ContactSummary;

/**
 * A task of a list with what a rep needs to act on it at once: its third party's name and code, the number to call
 * (as typed, and in E.164 for a {@code tel:} link: the contact's when the task names one that has a phone, else the
 * third party's mobile or phone; null when none), its contact (null when none), and whether the user may see the
 * third party (an assignee may not: its record and its classification are then not his to open or change).
 */
public record TaskRow(
        TaskView task,
        String thirdPartyName,
        String thirdPartyCode,
        String phone,
        String tel,
        ContactSummary contact,
        boolean thirdPartyVisible) {

    TaskRow withContact(ContactSummary found) {
        if (found == null) {
            return this;
        }
        return found.telephone() == null
                ? new TaskRow(task, thirdPartyName, thirdPartyCode, phone, tel, found, thirdPartyVisible)
                : new TaskRow(
                        task,
                        thirdPartyName,
                        thirdPartyCode,
                        found.telephoneAsTyped(),
                        found.telephone(),
                        found,
                        thirdPartyVisible);
    }
}

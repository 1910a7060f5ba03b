/**
 * What was done, as the store records it: the imported files, the closings and the audit log
 * (behandlingshistorik), for {@code balans status} and {@code balans audit}.
 *
 * <p>The records here carry what those reports show, not the store's own types: the reports
 * module stays free of the store and its database libraries, and the command that reads the store
 * hands the figures over.
 */
package se.balans.reports.history;

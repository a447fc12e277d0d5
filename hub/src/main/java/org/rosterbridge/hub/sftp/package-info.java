/**
 * The district's SFTP server (Apache MINA SSHD): one user and password, SFTP only, jailed in the data
 * directory.
 *
 * <p>Why built in: districts deliver to Clever by SFTP, so testing a district's or an SIS's delivery
 * end to end needs the same door. Uploads land where the hub reads them, and each write tells the upload
 * watcher, so the quiet period counts from the last byte received, as Clever's does.
 */
package org.rosterbridge.hub.sftp;

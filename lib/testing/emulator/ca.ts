import { KeyObject, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'crypto';
import * as forge from 'node-forge';

/** A certificate and its private key, PEM encoded, ready for `tls.createSecureContext()`. */
export interface KeyAndCertificate {
  /** The private key (PKCS#8 PEM). */
  readonly key: string;
  /** The certificate (PEM). */
  readonly cert: string;
}

/**
 * A certificate authority made for one emulator run: its certificate is what `SSL_CERT_FILE` and
 * `AWS_CA_BUNDLE` name, and it signs one leaf certificate per host the proxy terminates TLS for.
 *
 * Keys are generated and certificates signed by Node.js (`crypto`); node-forge builds and encodes the
 * certificates. Nothing is written to disk here.
 */
export class CertificateAuthority {
  /**
   * The CA of this process, made on first use: every emulator of one test run shares it (and its cached host
   * certificates), since making an RSA key and signing certificates takes a noticeable fraction of a second.
   * Its key never leaves memory.
   */
  public static shared(): CertificateAuthority {
    sharedAuthority ??= new CertificateAuthority();
    return sharedAuthority;
  }

  /** The CA certificate (PEM), to be trusted by the clients of the proxy. */
  public readonly certificate: string;
  private readonly caKey: KeyObject;
  private readonly caCert: forge.pki.Certificate;
  private readonly leafKeyPem: string;
  private readonly leafPublicKey: forge.pki.rsa.PublicKey;
  private readonly leaves = new Map<string, KeyAndCertificate>();

  constructor() {
    const ca = newRsaKeyPair();
    this.caKey = createPrivateKey(ca.privateKey);
    const caCert = forge.pki.createCertificate();
    caCert.publicKey = forge.pki.publicKeyFromPem(ca.publicKey);
    caCert.serialNumber = serialNumber();
    setValidity(caCert);
    const subject = [
      { name: 'commonName', value: 'cdktf-tencentcloud-cos-events local cloud emulator CA' },
      { name: 'organizationName', value: 'cdktf-tencentcloud-cos-events testing' },
    ];
    caCert.setSubject(subject);
    caCert.setIssuer(subject);
    caCert.setExtensions([
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ]);
    signCertificate(caCert, this.caKey);
    this.caCert = caCert;
    this.certificate = forge.pki.certificateToPem(caCert);

    // One key for every leaf of this run: a leaf certificate is cheap, an RSA key is not.
    const leaf = newRsaKeyPair();
    this.leafKeyPem = leaf.privateKey;
    this.leafPublicKey = forge.pki.publicKeyFromPem(leaf.publicKey);
  }

  /** The certificate and key for a host name (issued on first use, then cached). */
  public leafFor(host: string): KeyAndCertificate {
    const name = host.toLowerCase();
    const cached = this.leaves.get(name);
    if (cached) {
      return cached;
    }
    const cert = forge.pki.createCertificate();
    cert.publicKey = this.leafPublicKey;
    cert.serialNumber = serialNumber();
    setValidity(cert);
    cert.setSubject([{ name: 'commonName', value: name }]);
    cert.setIssuer(this.caCert.subject.attributes);
    const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [isIp ? { type: 7, ip: name } : { type: 2, value: name }] },
      { name: 'authorityKeyIdentifier', keyIdentifier: this.caCert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    signCertificate(cert, this.caKey);
    const issued = { key: this.leafKeyPem, cert: forge.pki.certificateToPem(cert) };
    this.leaves.set(name, issued);
    return issued;
  }
}

let sharedAuthority: CertificateAuthority | undefined;

function newRsaKeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/**
 * Signs a certificate with SHA-256 and RSA, as node-forge's `sign()` does, but with Node's native RSA (node-forge's
 * is plain JavaScript and took a large share of an emulator's start).
 */
function signCertificate(cert: forge.pki.Certificate, key: KeyObject): void {
  cert.signatureOid = forge.pki.oids.sha256WithRSAEncryption;
  cert.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption;
  // getTBSCertificate is public in node-forge (its sign() uses it) but missing from its type definitions.
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  (cert as { tbsCertificate?: forge.asn1.Asn1 }).tbsCertificate = tbs;
  const signature = sign('sha256', Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary'), key);
  cert.signature = signature.toString('binary');
}

/** A positive random serial number (RFC 5280 4.1.2.2: at most 20 octets, non-negative). */
function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0] % 0x80;
  return bytes.toString('hex');
}

function setValidity(cert: forge.pki.Certificate): void {
  const now = Date.now();
  // A day back to tolerate clock skew; short-lived, as it only lives for one run.
  cert.validity.notBefore = new Date(now - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(now + 7 * 24 * 3600 * 1000);
}

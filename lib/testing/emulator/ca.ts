import { KeyObject, createHash, generateKeyPairSync, randomBytes, sign } from 'crypto';
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
 * Keys are ECDSA P-256 keys made by Node.js (`crypto`), which also signs (ecdsa-with-SHA256). node-forge lays out
 * and encodes the certificates; it knows only RSA keys, so the key and signature fields it writes are replaced
 * before signing (see `encodeCertificate`). Nothing is written to disk here.
 */
export class CertificateAuthority {
  /**
   * The CA of this process, made on first use: every emulator of one test run shares it (and its cached host
   * certificates). Its key never leaves memory.
   */
  public static shared(): CertificateAuthority {
    sharedAuthority ??= new CertificateAuthority();
    return sharedAuthority;
  }

  /** The CA certificate (PEM), to be trusted by the clients of the proxy. */
  public readonly certificate: string;
  private readonly caKey: EcKey;
  private readonly caSubject: forge.pki.CertificateField[];
  private readonly leafKey: EcKey;
  private readonly leaves = new Map<string, KeyAndCertificate>();

  constructor() {
    this.caKey = newEcKey();
    this.caSubject = [
      { name: 'commonName', value: 'cdktf-tencentcloud-cos-events local cloud emulator CA' },
      { name: 'organizationName', value: 'cdktf-tencentcloud-cos-events testing' },
    ];
    this.certificate = encodeCertificate({
      subject: this.caSubject,
      issuer: this.caSubject,
      key: this.caKey,
      signer: this.caKey,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        { name: 'subjectKeyIdentifier', value: octetString(this.caKey.keyId) },
      ],
    });
    // One key for every leaf of this run.
    this.leafKey = newEcKey();
  }

  /** The certificate and key for a host name (issued on first use, then cached). */
  public leafFor(host: string): KeyAndCertificate {
    const name = host.toLowerCase();
    const cached = this.leaves.get(name);
    if (cached) {
      return cached;
    }
    const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
    const cert = encodeCertificate({
      subject: [{ name: 'commonName', value: name }],
      issuer: this.caSubject,
      key: this.leafKey,
      signer: this.caKey,
      extensions: [
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [isIp ? { type: 7, ip: name } : { type: 2, value: name }] },
        { name: 'authorityKeyIdentifier', keyIdentifier: this.caKey.keyId },
      ],
    });
    const issued = { key: this.leafKey.privateKeyPem, cert };
    this.leaves.set(name, issued);
    return issued;
  }
}

let sharedAuthority: CertificateAuthority | undefined;

/** An ECDSA P-256 key pair with what a certificate needs of it. */
interface EcKey {
  readonly privateKey: KeyObject;
  readonly privateKeyPem: string;
  /** The SubjectPublicKeyInfo, as node-forge ASN.1. */
  readonly publicKeyInfo: forge.asn1.Asn1;
  /** The key identifier (RFC 5280 4.2.1.2, method 1: SHA-1 of the public key's bits), as a binary string. */
  readonly keyId: string;
}

function newEcKey(): EcKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('binary');
  // Read with its BIT STRING kept as bytes (the options form of fromDer is missing from forge's type definitions),
  // so that it is written back exactly as Node encoded it.
  const fromDer = forge.asn1.fromDer as unknown as (bytes: string, options: { decodeBitStrings: boolean }) => forge.asn1.Asn1;
  const publicKeyInfo = fromDer(spki, { decodeBitStrings: false });
  if (forge.asn1.toDer(publicKeyInfo).getBytes() !== spki) throw new Error('emulator CA: node-forge does not write back the public key it read');
  return {
    privateKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicKeyInfo,
    keyId: createHash('sha1').update(point).digest('binary'),
  };
}

/** ecdsa-with-SHA256 (RFC 5758 3.2): its AlgorithmIdentifier has no parameters. */
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';

interface CertificateSpec {
  readonly subject: forge.pki.CertificateField[];
  readonly issuer: forge.pki.CertificateField[];
  /** The key the certificate is for. */
  readonly key: EcKey;
  /** The key that signs it (the CA's). */
  readonly signer: EcKey;
  readonly extensions: object[];
}

/**
 * A certificate, PEM encoded. node-forge lays out the TBSCertificate (version, serial, validity, names,
 * extensions) with a placeholder RSA key; the placeholder's SubjectPublicKeyInfo and forge's RSA signature
 * AlgorithmIdentifier are then replaced by the EC key's and ecdsa-with-SHA256, and Node signs the result.
 */
function encodeCertificate(spec: CertificateSpec): string {
  const asn1 = forge.asn1;
  const cert = forge.pki.createCertificate();
  cert.publicKey = PLACEHOLDER_KEY;
  cert.serialNumber = serialNumber();
  setValidity(cert);
  cert.setSubject(spec.subject);
  cert.setIssuer(spec.issuer);
  cert.setExtensions(spec.extensions);
  cert.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption; // replaced below
  // getTBSCertificate is public in node-forge (its sign() uses it) but missing from its type definitions.
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  const fields = tbs.value as forge.asn1.Asn1[];
  // TBSCertificate (RFC 5280 4.1): [0] version, serialNumber, signature, issuer, validity, subject,
  // subjectPublicKeyInfo, [3] extensions.
  if (fields.length !== 8 || fields[2].type !== asn1.Type.SEQUENCE || fields[6].type !== asn1.Type.SEQUENCE) {
    throw new Error(`emulator CA: node-forge laid out a TBSCertificate of ${fields.length} fields, not the 8 expected`);
  }
  const algorithm = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(ECDSA_WITH_SHA256).getBytes()),
  ]);
  fields[2] = algorithm;
  fields[6] = spec.key.publicKeyInfo;
  const tbsDer = asn1.toDer(tbs).getBytes();
  const signature = sign('sha256', Buffer.from(tbsDer, 'binary'), spec.signer.privateKey).toString('binary');
  const certificate = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    tbs,
    algorithm,
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature}`),
  ]);
  return forge.pem.encode({ type: 'CERTIFICATE', body: asn1.toDer(certificate).getBytes() }, { maxline: 64 });
}

/** The stand-in for forge's layout; replaced before signing, never in a certificate. */
const PLACEHOLDER_KEY = forge.pki.setRsaPublicKey(new forge.jsbn.BigInteger('3'), new forge.jsbn.BigInteger('3'));

function octetString(bytes: string): forge.asn1.Asn1 {
  return forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, false, bytes);
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

/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of research behind the map: a survey, analytics, interviews, support tickets and so on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Evidence#getSource <em>Source</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Evidence#getSampleSize <em>Sample Size</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Evidence#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Evidence#getLink <em>Link</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.model.journey.EvidenceSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the evidence was gathered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.journeystudio.model.journey.EvidenceSource
	 * @see #setSource(EvidenceSource)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEvidence_Source()
	 * @model
	 * @generated
	 */
	EvidenceSource getSource();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Evidence#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.journeystudio.model.journey.EvidenceSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(EvidenceSource value);

	/**
	 * Returns the value of the '<em><b>Sample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many respondents, sessions or records the evidence covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Size</em>' attribute.
	 * @see #setSampleSize(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEvidence_SampleSize()
	 * @model
	 * @generated
	 */
	int getSampleSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Evidence#getSampleSize <em>Sample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Size</em>' attribute.
	 * @see #getSampleSize()
	 * @generated
	 */
	void setSampleSize(int value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A telling verbatim from the research.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEvidence_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Evidence#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the full research can be found (a URL or document reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getEvidence_Link()
	 * @model
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Evidence#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

} // Evidence

/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Element Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps semantic elements to views: which elements (domain class, candidates, precondition) and how they look.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationElementMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationElementMapping#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationElementMapping()
 * @model abstract="true"
 * @generated
 */
public interface RepresentationElementMapping extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The semantic class of the mapped elements, as Class or package::Class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationElementMapping_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The elements to consider, evaluated on the parent view's semantic element (self); when empty, all contents of that element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #setSemanticCandidates(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationElementMapping_SemanticCandidates()
	 * @model
	 * @generated
	 */
	String getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Keeps only the candidates for which it is true (self is the candidate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationElementMapping_Precondition()
	 * @model
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationElementMapping#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

} // RepresentationElementMapping

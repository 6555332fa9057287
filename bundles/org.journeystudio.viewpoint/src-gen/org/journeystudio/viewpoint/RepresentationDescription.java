/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Representation Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to compute one kind of representation (diagram or table) of a semantic element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationDescription#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.RepresentationDescription#getTitleExpression <em>Title Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationDescription()
 * @model abstract="true"
 * @generated
 */
public interface RepresentationDescription extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The semantic class a representation is created on, as Class or package::Class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Whether a representation can be created on self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationDescription_Precondition()
	 * @model
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationDescription#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The default name of a new representation; self is the semantic element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Expression</em>' attribute.
	 * @see #setTitleExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getRepresentationDescription_TitleExpression()
	 * @model
	 * @generated
	 */
	String getTitleExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.RepresentationDescription#getTitleExpression <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Expression</em>' attribute.
	 * @see #getTitleExpression()
	 * @generated
	 */
	void setTitleExpression(String value);

} // RepresentationDescription

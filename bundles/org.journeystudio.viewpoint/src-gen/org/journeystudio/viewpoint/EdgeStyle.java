/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an edge looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getColor <em>Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getSize <em>Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeStyle#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.EdgeRouting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.journeystudio.viewpoint.EdgeRouting
	 * @see #setRouting(EdgeRouting)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_Routing()
	 * @model
	 * @generated
	 */
	EdgeRouting getRouting();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.journeystudio.viewpoint.EdgeRouting
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(EdgeRouting value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#5f6368"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_Color()
	 * @model default="#5f6368"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_Size()
	 * @model default="1"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @see #setSourceArrow(ArrowKind)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_SourceArrow()
	 * @model
	 * @generated
	 */
	ArrowKind getSourceArrow();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(ArrowKind value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The default value is <code>"ARROW"</code>.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @see #setTargetArrow(ArrowKind)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeStyle_TargetArrow()
	 * @model default="ARROW"
	 * @generated
	 */
	ArrowKind getTargetArrow();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeStyle#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.journeystudio.viewpoint.ArrowKind
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowKind value);

} // EdgeStyle
